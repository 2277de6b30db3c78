using System.CommandLine;

namespace SegmentationKit.Cli.Infrastructure;

/// <summary>One top-level <c>segkit</c> command. Implementations are discovered by reflection, so
/// adding a command is adding a file.</summary>
public interface ICliCommand
{
    Command Build();
}
