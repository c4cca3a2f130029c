using System.Diagnostics;

namespace Kazynashylyk.Pki.Development;

/// <summary>
/// An exclusive lock on the development CA folder, held while it is created or changed, so that two processes
/// starting at once create one CA and never hand out the same CRL number. It is an open file with no sharing,
/// which .NET backs with an advisory lock on Unix.
/// </summary>
internal sealed class DevelopmentCaLock : IDisposable
{
    private readonly FileStream file;

    private DevelopmentCaLock(FileStream file)
    {
        this.file = file;
    }

    public static DevelopmentCaLock Acquire(string path, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new DevelopmentCaLock(
                    new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None)
                );
            }
            catch (IOException e) when (File.Exists(path))
            {
                if (waited.Elapsed > timeout)
                {
                    throw new DevelopmentCaException(
                        $"Another process has held the development CA folder's lock ({path}) for over "
                            + $"{timeout.TotalSeconds:0} s.",
                        e
                    );
                }

                Thread.Sleep(TimeSpan.FromMilliseconds(100));
            }
        }
    }

    public void Dispose() => file.Dispose();
}
