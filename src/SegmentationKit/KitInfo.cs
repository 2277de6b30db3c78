using System.Reflection;

namespace SegmentationKit;

/// <summary>The kit's identity, stamped into every result for provenance.</summary>
public static class KitInfo
{
    public static string Version { get; } =
        typeof(KitInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(KitInfo).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";
}
