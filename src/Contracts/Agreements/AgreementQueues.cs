namespace Kazynashylyk.Contracts.Agreements;

/// <summary>Where the Agreements service takes its commands from.</summary>
public static class AgreementQueues
{
    /// <summary>The queue on which the Agreements service consumes <see cref="Agreements.DraftAgreement"/>.</summary>
    public const string DraftAgreement = "draft-agreement";

    public static Uri DraftAgreementAddress { get; } = new($"queue:{DraftAgreement}");
}
