using Kazynashylyk.Contracts.Registration;
using MassTransit;

namespace Kazynashylyk.Registration.Lifecycle;

/// <summary>Answers <see cref="CheckTreasuryOperator"/> with <see cref="TreasuryOperatorChecked"/>.</summary>
public sealed class CheckTreasuryOperatorConsumer(TreasuryOperatorDirectory directory)
    : IConsumer<CheckTreasuryOperator>
{
    public Task Consume(ConsumeContext<CheckTreasuryOperator> context) => directory.CheckAsync(context);
}
