using System.Text.Json;
using SegmentationKit.Errors;
using SegmentationKit.IO;

namespace SegmentationKit.Cli.Infrastructure;

/// <summary>Reads the files of an earlier run (segmentation.json, profile.json) that a later command
/// takes with --run: a missing folder or file, and a file that is not what the kit wrote (hand-edited,
/// truncated, from another tool), are user errors that name the file and say how to get a good one.</summary>
public static class RunFiles
{
    /// <summary>The run folder as typed, after checking that it exists and is a folder.</summary>
    public static string Folder(DirectoryInfo folder, string option)
    {
        var typed = folder.ToString();
        if (File.Exists(typed))
            throw new ConfigurationException(null, option, $"'{typed}' is a file, not a run folder", $"give {option} the folder a segkit segment run wrote (its --out)");
        if (!Directory.Exists(typed))
            throw new ConfigurationException(null, option, $"the run folder '{typed}' does not exist", $"give {option} the folder a segkit segment run wrote (its --out), or run segkit segment first");
        return typed;
    }

    /// <summary>Parses <paramref name="file"/> with <paramref name="parse"/>; whatever it throws on a
    /// bad file becomes a <see cref="DataValidationException"/>.</summary>
    public static T Read<T>(string file, Func<string, T> parse, string what, string fix)
    {
        string text;
        try
        {
            text = TextInput.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DataValidationException(file, null, null, null, $"cannot read the {what}: {e.Message}", fix);
        }
        try
        {
            return parse(text);
        }
        catch (JsonException e)
        {
            throw new DataValidationException(file, e.LineNumber is { } l ? l + 1 : null, null, null, $"not a valid {what}: {e.Message}", fix);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NullReferenceException or KeyNotFoundException
                                      or FormatException or OverflowException or NotSupportedException or IndexOutOfRangeException)
        {
            throw new DataValidationException(file, null, null, null, $"not a valid {what}: {e.Message.TrimEnd('.')}", fix);
        }
    }
}
