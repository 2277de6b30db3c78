namespace SegmentationKit.Cli.Infrastructure;

/// <summary>An extra file <c>segkit segment</c> writes next to assignments.csv (e.g. profile.json).
/// Implementations are discovered by reflection like <see cref="ISegmentMethod"/>, so adding an
/// output is adding one file; it is staged and committed with the others (all-or-nothing).</summary>
public interface ISegmentOutputWriter
{
    /// <summary>File name inside --out, e.g. "profile.json".</summary>
    string FileName { get; }

    /// <summary>False when this run has nothing to write to the file (e.g. no saved model).</summary>
    bool Applies(Segmentation segmentation, SegmentRunContext context) => true;

    /// <summary>Writes the file to <paramref name="path"/> (a staging path).</summary>
    void Write(string path, Segmentation segmentation, SegmentRunContext context);
}
