using MassTransit;
using MassTransit.Middleware;
using MassTransit.Saga;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.BuildingBlocks.Sagas;

/// <summary>
/// Read access to saga rows outside message handling (an HTTP endpoint showing a process's state).
/// </summary>
internal sealed class PostgresSagaReadContext<TSaga> :
    BasePipeContext,
    LoadSagaRepositoryContext<TSaga>,
    QuerySagaRepositoryContext<TSaga>
    where TSaga : class, ISaga
{
    private readonly DbContext _dbContext;

    public PostgresSagaReadContext(DbContext dbContext, CancellationToken cancellationToken)
        : base(cancellationToken)
    {
        _dbContext = dbContext;
    }

    public async Task<TSaga> Load(Guid correlationId)
    {
        var instance = await _dbContext.Set<TSaga>().AsNoTracking()
            .FirstOrDefaultAsync(x => x.CorrelationId == correlationId, CancellationToken);

        return instance!;
    }

    public async Task<SagaRepositoryQueryContext<TSaga>> Query(
        ISagaQuery<TSaga> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var ids = await _dbContext.Set<TSaga>().AsNoTracking()
            .Where(query.FilterExpression)
            .Select(x => x.CorrelationId)
            .ToListAsync(cancellationToken);

        return new DefaultSagaRepositoryQueryContext<TSaga>(this, ids);
    }
}
