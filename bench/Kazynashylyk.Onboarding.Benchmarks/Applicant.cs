using Kazynashylyk.Pki.Keys;

namespace Kazynashylyk.Onboarding.Benchmarks;

/// <summary>A person who registers as a system user of the test client, with their development-CA key.</summary>
internal sealed record Applicant(string Login, string Iin, SigningIdentity Key);
