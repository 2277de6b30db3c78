namespace SegmentationKit.IO;

/// <summary>What <see cref="OutputFolder.Commit"/> does with the destination.</summary>
public enum OutputMode
{
    /// <summary>The run's folder replaces the destination as a whole (the default).</summary>
    Replace,

    /// <summary>The run's files are added to an existing run's folder, each replacing the file of
    /// the same name; the folder's other files, its manifest.json among them, stay as they are.</summary>
    AddFiles,
}
