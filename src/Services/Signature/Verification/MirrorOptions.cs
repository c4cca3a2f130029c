namespace Kazynashylyk.Signature.Verification;

/// <summary>
/// One mirror: every address starting with <see cref="Prefix"/> is fetched from <see cref="Target"/> instead.
/// </summary>
public sealed class MirrorOptions
{
    public string Prefix { get; set; } = string.Empty;

    public string Target { get; set; } = string.Empty;
}
