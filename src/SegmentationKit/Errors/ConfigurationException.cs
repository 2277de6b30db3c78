namespace SegmentationKit.Errors;

/// <summary>A configuration file or options object that cannot be used. <see cref="KeyPath"/> is
/// the dotted path of the offending key, e.g. <c>rules[2].when.industry</c>.</summary>
public sealed class ConfigurationException : SegmentationKitException
{
    public ConfigurationException(string? file, string keyPath, string problem, string? fix = null)
        : base(Compose(file, keyPath, problem, fix))
    {
        File = file;
        KeyPath = keyPath;
        Problem = problem;
    }

    public string? File { get; }
    public string KeyPath { get; }
    public string Problem { get; }

    private static string Compose(string? file, string keyPath, string problem, string? fix)
    {
        var where = file is null ? keyPath : $"{file}: {keyPath}";
        var text = $"{where}: {problem}";
        return fix is null ? text : $"{text}. Fix: {fix}";
    }
}
