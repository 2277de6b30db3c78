using SegmentationKit.Errors;

namespace SegmentationKit.Segmenters.Configuration;

/// <summary>Options records check themselves without knowing which file they came from; this puts
/// the file back into their errors when they were read from YAML.</summary>
internal static class ConfigErrors
{
    public static ConfigurationException WithFile(ConfigurationException e, string? file)
    {
        if (file is null || e.File is not null) return e;
        return new ConfigurationException(file, e.KeyPath, e.Problem, e.Fix);
    }

    /// <summary>Runs <paramref name="check"/> and reports its errors against <paramref name="file"/>.</summary>
    public static void InFile(string? file, Action check)
    {
        try
        {
            check();
        }
        catch (ConfigurationException e) when (e.File is null && file is not null)
        {
            throw WithFile(e, file);
        }
    }
}
