using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Kazynashylyk.BuildingBlocks.Tests.Infrastructure;

/// <summary>Keeps the event ids a host logged, so tests can assert that an operator-facing event was written.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<int> _eventIds = new();

    public int Count(int eventId) => _eventIds.Count(x => x == eventId);

    public ILogger CreateLogger(string categoryName) => new Capture(_eventIds);

    public void Dispose()
    {
    }

    private sealed class Capture(ConcurrentQueue<int> eventIds) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(
            LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id >= 9000 && eventId.Id <= 9999)
            {
                eventIds.Enqueue(eventId.Id);
            }
        }
    }
}
