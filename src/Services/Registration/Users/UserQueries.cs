using Kazynashylyk.Registration.Data;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.Registration.Users;

/// <summary>Reads a system user with what deciding access to them needs: the client's BIN and the units.</summary>
internal static class UserQueries
{
    public static async Task<UserView?> FindAsync(
        RegistrationDbContext db,
        Guid id,
        CancellationToken cancellationToken)
    {
        var user = await db.SystemUsers.AsNoTracking()
            .Where(u => u.Id == id)
            .Join(db.Clients, u => u.ClientId, c => c.Id, (u, c) => new { User = u, c.Bin })
            .Join(db.Roles, x => x.User.RoleCode, r => r.Code, (x, r) => new { x.User, x.Bin, r.NameKk, r.NameRu })
            .FirstOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }

        var units = await db.Applications.AsNoTracking()
            .Where(a => a.UserId == id)
            .Select(a => a.UnitCode)
            .Distinct()
            .ToListAsync(cancellationToken);
        var u = user.User;

        return new UserView(
            new SystemUserResponse(
                u.Id, u.ClientId, u.Login, u.Surname, u.Name, u.Patronymic, u.Position, u.Email, u.Language,
                u.Status, u.RoleCode, user.NameKk, user.NameRu, u.CertificateSerial, u.CreatedAt, u.ActivatedAt),
            user.Bin,
            units);
    }
}
