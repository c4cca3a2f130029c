namespace Kazynashylyk.Onboarding.Benchmarks;

/// <summary>Finds files of the checkout from wherever the harness was built.</summary>
internal static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Kazynashylyk.sln")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName
                ?? throw new InvalidOperationException("Run the harness from a build inside the repository.");
        }
    }

    public static string Pki(string relative) => Path.Combine(Root, "pki", relative);

    public static string DefaultResults =>
        Path.Combine(Root, "bench", "Kazynashylyk.Onboarding.Benchmarks", "results.md");
}
