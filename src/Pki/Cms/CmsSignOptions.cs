using Kazynashylyk.Pki.Timestamps;

namespace Kazynashylyk.Pki.Cms;

/// <summary>How <see cref="CmsSigner"/> signs.</summary>
public sealed record CmsSignOptions
{
    /// <summary>Leave the content out of the CMS (the verifier must be given it separately).</summary>
    public bool Detached { get; init; }

    /// <summary>When set, a signature timestamp from this TSA is added as an unsigned attribute.</summary>
    public ITimestampClient? Timestamps { get; init; }
}
