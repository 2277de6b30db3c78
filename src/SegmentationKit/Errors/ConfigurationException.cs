namespace SegmentationKit.Errors;

/// <summary>A configuration file or options object that cannot be used. <see cref="KeyPath"/> is
/// the dotted path of the offending key, e.g. <c>rules[2].when.industry</c>, or the command-line
/// option, e.g. <c>--k</c>.</summary>
public sealed class ConfigurationException : SegmentationKitException
{
    public ConfigurationException(string? file, string keyPath, string problem, string? fix = null)
        : base(Compose(file, keyPath, problem, fix))
    {
        File = file;
        KeyPath = keyPath;
        Problem = problem;
        Fix = fix;
    }

    public string? File { get; }
    public string KeyPath { get; }
    public string Problem { get; }

    /// <summary>How to fix it, or null.</summary>
    public string? Fix { get; }

    /// <summary>The same error about <paramref name="keyPath"/>: options records name their own
    /// property ("clusters"); a front end names what the user typed ("--k").</summary>
    public ConfigurationException WithKey(string keyPath) => new(File, keyPath, Problem, Fix);

    private static string Compose(string? file, string keyPath, string problem, string? fix)
    {
        var where = file is null ? keyPath : $"{file}: {keyPath}";
        var text = $"{where}: {problem}";
        return fix is null ? text : $"{text}. Fix: {fix}";
    }
}
