using SegmentationKit.Data;

namespace SegmentationKit.Features;

/// <summary>How one selected column becomes features in a <see cref="PreprocessingPipeline"/>.</summary>
/// <param name="Name">Source column.</param>
/// <param name="Kind">Its kind; categorical columns become one 0/1 feature per level.</param>
/// <param name="Log1p">Whether log(1 + x) is applied (numeric only).</param>
/// <param name="NumericFill">Value filling a missing number (median) or yes/no (1 or 0, the most frequent).</param>
/// <param name="LevelFill">Level filling a missing category (the most frequent).</param>
/// <param name="Levels">Levels seen at fit time, in the order of their one-hot features.</param>
public sealed record ColumnStep(string Name, ColumnKind Kind, bool Log1p, double? NumericFill, string? LevelFill, IReadOnlyList<string>? Levels);
