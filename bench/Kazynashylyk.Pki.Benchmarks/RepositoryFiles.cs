namespace Kazynashylyk.Pki.Benchmarks;

/// <summary>Finds the repository's pki/ folder from wherever BenchmarkDotNet runs the generated process.</summary>
internal static class RepositoryFiles
{
    public static byte[] Read(string relative)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Kazynashylyk.sln")))
        {
            folder = folder.Parent;
        }

        if (folder is null)
        {
            throw new InvalidOperationException("Run the benchmarks from inside the repository.");
        }

        return File.ReadAllBytes(Path.Combine(folder.FullName, "pki", relative));
    }
}
