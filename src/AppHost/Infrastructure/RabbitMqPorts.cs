namespace Kazynashylyk.AppHost.Infrastructure;

/// <summary>The four ports a RabbitMQ node listens on.</summary>
public sealed record RabbitMqPorts(int Amqp, int Management, int Distribution, int Epmd);
