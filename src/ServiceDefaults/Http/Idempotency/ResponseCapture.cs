namespace Kazynashylyk.ServiceDefaults.Http.Idempotency;

/// <summary>
/// Holds a response body back, up to a limit, so it can be stored before the client sees it: a client that got
/// an answer and repeats the request then always finds it stored. Past the limit the held part is sent and the
/// rest streams straight through; such a response is not stored.
/// </summary>
internal sealed class ResponseCapture(Stream inner, int limit) : Stream
{
    private MemoryStream? held = new();

    /// <summary>Whether the body outgrew the limit and went to the client as it was written.</summary>
    public bool PassedThrough => held is null;

    /// <summary>The body held back; empty once it passed through.</summary>
    public byte[] Held => held?.ToArray() ?? [];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Sends what was held back, once the response has been stored (or not).</summary>
    public async Task ReleaseHeldAsync(CancellationToken cancellationToken)
    {
        if (held is { Length: > 0 })
        {
            await inner.WriteAsync(held.GetBuffer().AsMemory(0, (int)held.Length), cancellationToken);
        }

        held = null;
    }

    public override async ValueTask WriteAsync(
        ReadOnlyMemory<byte> buffer,
        CancellationToken cancellationToken = default)
    {
        if (held is not null && held.Length + buffer.Length <= limit)
        {
            held.Write(buffer.Span);

            return;
        }

        await ReleaseHeldAsync(cancellationToken);
        await inner.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // Synchronous writes stay synchronous, so the server's own rule on synchronous I/O still applies.
    public override void Write(byte[] buffer, int offset, int count)
    {
        if (held is not null && held.Length + count <= limit)
        {
            held.Write(buffer, offset, count);

            return;
        }

        if (held is { Length: > 0 })
        {
            inner.Write(held.GetBuffer(), 0, (int)held.Length);
        }

        held = null;
        inner.Write(buffer, offset, count);
    }

    // Flushing while the body is held back would send the headers early: only a passed-through body flushes.
    public override Task FlushAsync(CancellationToken cancellationToken) =>
        held is null ? inner.FlushAsync(cancellationToken) : Task.CompletedTask;

    public override void Flush()
    {
        if (held is null)
        {
            inner.Flush();
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
