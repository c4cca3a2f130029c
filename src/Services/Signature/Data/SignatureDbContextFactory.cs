using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kazynashylyk.Signature.Data;

/// <summary>Lets <c>dotnet ef</c> build the model to write migrations; never used at run time.</summary>
public sealed class SignatureDbContextFactory : IDesignTimeDbContextFactory<SignatureDbContext>
{
    public SignatureDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SignatureDbContext>()
            .UseNpgsql("Host=localhost;Database=signaturedb")
            .Options);
}
