namespace Kazynashylyk.Signer;

/// <summary>What the sign command was asked to do.</summary>
public sealed record SignArguments(
    FileInfo KeyFile,
    string Password,
    FileInfo Input,
    FileInfo Output,
    bool Detached,
    bool Pem,
    Uri? TsaUrl
);
