using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kazynashylyk.Registration.Data;

/// <summary>Lets <c>dotnet ef</c> build the model to write migrations; never used at run time.</summary>
public sealed class RegistrationDbContextFactory : IDesignTimeDbContextFactory<RegistrationDbContext>
{
    public RegistrationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<RegistrationDbContext>()
            .UseNpgsql("Host=localhost;Database=registrationdb")
            .Options);
}
