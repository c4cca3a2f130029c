using Kazynashylyk.Contracts.Registration;
using Kazynashylyk.Registration.Data;
using Kazynashylyk.Registration.PersonalData;
using Kazynashylyk.Registration.Registrations;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.Registration.Lifecycle;

/// <summary>Answers whether an IIN belongs to an active operator of a unit (found by the IIN's HMAC).</summary>
public sealed class TreasuryOperatorDirectory(RegistrationDbContext db, IinHasher iinHasher)
{
    public async Task CheckAsync(ConsumeContext<CheckTreasuryOperator> context)
    {
        var message = context.Message;
        var iin = message.Iin?.Trim();
        Guid? operatorId = null;
        if (IdentifierChecksum.IsTwelveDigits(iin))
        {
            var hmac = iinHasher.Hash(iin!);
            operatorId = await db.TreasuryOperators.AsNoTracking()
                .Where(o => o.UnitCode == message.UnitCode && o.IinHmac == hmac && o.IsActive)
                .Select(o => (Guid?)o.Id)
                .FirstOrDefaultAsync(context.CancellationToken);
        }

        await context.RespondAsync(new TreasuryOperatorChecked
        {
            UnitCode = message.UnitCode,
            IsOperator = operatorId is not null,
            OperatorId = operatorId,
        });
    }
}
