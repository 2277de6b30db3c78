using SegmentationKit.Errors;

namespace SegmentationKit.Cli.Infrastructure;

/// <summary>The <see cref="ISegmentMethod"/>s of this assembly, found by reflection, by name.</summary>
public static class SegmentMethods
{
    private static IReadOnlyList<ISegmentMethod>? _all;

    public static IReadOnlyList<ISegmentMethod> All => _all ??= typeof(SegmentMethods).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ISegmentMethod).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
        .Select(t => (ISegmentMethod)Activator.CreateInstance(t)!)
        .OrderBy(m => m.Name, StringComparer.Ordinal)
        .ToList();

    public static ISegmentMethod Find(string name) =>
        All.FirstOrDefault(m => m.Name == name)
        ?? throw new ConfigurationException(null, "--method", $"'{name}' is not a segmentation method", $"use one of: {string.Join(", ", All.Select(m => m.Name))}");
}
