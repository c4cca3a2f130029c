namespace Kazynashylyk.ServiceDefaults.Messaging;

/// <summary>Which service and which replica this process is.</summary>
public sealed record ServiceIdentity(string Name)
{
    /// <summary>The replica: host name and process id.</summary>
    public string Instance { get; } = $"{Environment.MachineName}:{Environment.ProcessId}";
}
