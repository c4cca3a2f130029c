using System.CommandLine;
using Kazynashylyk.Onboarding.Benchmarks;

var count = new Option<int>("--count") { Description = "Onboardings per repeat", DefaultValueFactory = _ => 30 };
var concurrency = new Option<int>("--concurrency")
{
    Description = "Onboardings under way at once",
    DefaultValueFactory = _ => 4,
};
var repeats = new Option<int>("--repeats") { Description = "Measured repeats", DefaultValueFactory = _ => 3 };
var warmUp = new Option<int>("--warm-up")
{
    Description = "Onboardings walked first and not counted",
    DefaultValueFactory = _ => 3,
};
var baseline = new Option<int>("--baseline-samples")
{
    Description = "Signature verifications timed per repeat for the baseline",
    DefaultValueFactory = _ => 20,
};
var poll = new Option<int>("--poll-ms")
{
    Description = "Milliseconds between two reads of a registration's status",
    DefaultValueFactory = _ => 200,
};
var gateway = new Option<Uri?>("--gateway")
{
    Description = "Measure the running system behind this gateway (./run.sh) instead of booting one",
    CustomParser = result =>
    {
        if (Uri.TryCreate(result.Tokens[0].Value, UriKind.Absolute, out var address))
        {
            return address;
        }

        result.AddError("--gateway must be an absolute address such as http://localhost:8480.");

        return null;
    },
};
var dataDirectory = new Option<DirectoryInfo?>("--data-directory")
{
    Description = "The running system's data folder, for its development CA (required with --gateway)",
};
var output = new Option<FileInfo>("--output")
{
    Description = "Where to write the Markdown results",
    DefaultValueFactory = _ => new FileInfo(RepositoryPaths.DefaultResults),
};

var root = new RootCommand("Onboardings per second and latency through the gateway, against a same-run baseline")
{
    count,
    concurrency,
    repeats,
    warmUp,
    baseline,
    poll,
    gateway,
    dataDirectory,
    output,
};
root.Validators.Add(result =>
{
    if (result.GetResult(gateway) is not null && result.GetResult(dataDirectory) is null)
    {
        result.AddError("--gateway needs --data-directory: the running system's development CA issues the keys.");
    }
});
foreach (var positive in new[] { count, concurrency, repeats, warmUp, baseline, poll })
{
    positive.Validators.Add(result =>
    {
        if (result.GetValueOrDefault<int>() < 1)
        {
            result.AddError($"{positive.Name} must be at least 1.");
        }
    });
}

root.SetAction((parse, cancellationToken) => BenchmarkRun.RunAsync(
    new BenchmarkOptions(
        parse.GetValue(count),
        parse.GetValue(concurrency),
        parse.GetValue(repeats),
        parse.GetValue(warmUp),
        parse.GetValue(baseline),
        TimeSpan.FromMilliseconds(parse.GetValue(poll)),
        parse.GetValue(gateway),
        parse.GetValue(dataDirectory),
        parse.GetRequiredValue(output)),
    cancellationToken));

return await root.Parse(args).InvokeAsync();
