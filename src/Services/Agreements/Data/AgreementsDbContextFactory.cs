using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kazynashylyk.Agreements.Data;

/// <summary>Lets <c>dotnet ef</c> build the model to write migrations; never used at run time.</summary>
public sealed class AgreementsDbContextFactory : IDesignTimeDbContextFactory<AgreementsDbContext>
{
    public AgreementsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AgreementsDbContext>()
            .UseNpgsql("Host=localhost;Database=agreementsdb")
            .Options);
}
