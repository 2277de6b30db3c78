namespace SegmentationKit.IO;

/// <summary>Writes a run's files all-or-nothing. Files are written into a hidden staging folder next
/// to the destination and moved into place only by <see cref="Commit"/>; disposing without
/// committing deletes the staging folder, so an error never leaves a half-written output.</summary>
public sealed class OutputFolder : IDisposable
{
    private readonly string _staging;
    private readonly List<string> _files = new();
    private bool _committed;

    public OutputFolder(string destination, IEnumerable<string>? inputsNotToOverwrite = null)
    {
        Destination = Path.GetFullPath(destination);
        var parent = Path.GetDirectoryName(Destination) ?? ".";
        Directory.CreateDirectory(parent);
        _staging = Path.Combine(parent, $".{Path.GetFileName(Destination)}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_staging);
        ProtectedInputs = (inputsNotToOverwrite ?? []).Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
    }

    public string Destination { get; }
    private HashSet<string> ProtectedInputs { get; }

    /// <summary>Path to write <paramref name="relativeName"/> to; the file reaches
    /// <see cref="Destination"/> on <see cref="Commit"/>.</summary>
    public string PathFor(string relativeName)
    {
        var target = Path.GetFullPath(Path.Combine(Destination, relativeName));
        if (ProtectedInputs.Contains(target))
            throw new Errors.SegmentationKitException($"{target}: the output would overwrite an input file. Fix: choose another --out folder");
        var staged = Path.Combine(_staging, relativeName);
        Directory.CreateDirectory(Path.GetDirectoryName(staged)!);
        if (!_files.Contains(relativeName)) _files.Add(relativeName);
        return staged;
    }

    public void WriteAllText(string relativeName, string text) =>
        File.WriteAllText(PathFor(relativeName), text, new System.Text.UTF8Encoding(false));

    /// <summary>Moves every staged file into the destination (replacing older files of the same name).</summary>
    public IReadOnlyList<string> Commit()
    {
        Directory.CreateDirectory(Destination);
        var written = new List<string>();
        foreach (var name in _files)
        {
            var target = Path.Combine(Destination, name);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Path.Combine(_staging, name), target, overwrite: true);
            written.Add(target);
        }
        _committed = true;
        Directory.Delete(_staging, recursive: true);
        return written;
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
    }
}
