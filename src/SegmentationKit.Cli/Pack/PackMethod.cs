namespace SegmentationKit.Cli.Pack;

/// <summary>One method of a pack: what <c>segkit track</c> would take on its command line.</summary>
/// <param name="Name">The method's folder in the pack (default: the method name); unique.</param>
/// <param name="Settings">The <c>set:</c> keys, as <c>--set key=value</c>.</param>
public sealed record PackMethod(string Name, string Method, string? ConfigPath, IReadOnlyDictionary<string, string> Settings, int? K, int Seed, bool Frozen, string? PlaybookPath);
