using SegmentationKit.Notebooks.Engine;
using SegmentationKit.Notebooks.Packages;

namespace SegmentationKit.Notebooks.Tests;

/// <summary><c>#r "nuget: …"</c> and <c>#i "nuget: …"</c> in the kit's kernel: the first restores
/// through the machine's NuGet configuration, the second adds a source; the kit's own packages are
/// built in.</summary>
public sealed class PackageDirectiveTests
{
    private static string Plain(CellOutput o) => (string)o.Json["data"]!["text/plain"]!;

    [Fact]
    public async Task A_nuget_reference_restores_the_package_and_its_api_works_in_the_next_lines()
    {
        var engine = new NotebookEngine(RepoPathsForTests.NotebookFolder);
        var first = await engine.ExecuteAsync("#r \"nuget: Humanizer.Core, 2.14.1\"\nusing Humanizer;\n\"CustomerLifetimeValue\".Humanize()");
        first.Error.Should().BeNull(first.Error?.ToString());
        Plain(first.Outputs.Single()).Should().Be("Customer lifetime value");

        var second = await engine.ExecuteAsync("3.ToWords() + \" segments, \" + TimeSpan.FromDays(45).Humanize()");
        second.Error.Should().BeNull(second.Error?.ToString());
        Plain(second.Outputs.Single()).Should().Be("three segments, 6 weeks");
    }

    [Fact]
    public async Task Deedle_8_with_its_FSharp_Core_10_1_loads_in_the_kits_kernel()
    {
        // It does not under .NET Interactive 1.0.712001, which has FSharp.Core 10.0 loaded.
        var engine = new NotebookEngine(RepoPathsForTests.NotebookFolder);
        var result = await engine.ExecuteAsync("#r \"nuget: Deedle, 8.1.0\"\nusing Deedle;\nvar s = new Series<string, double>(new[] { \"a\", \"b\", \"c\" }, new[] { 1.0, double.NaN, 5.0 });\ns.Mean()");
        result.Error.Should().BeNull(result.Error?.ToString());
        Plain(result.Outputs.Single()).Should().Be("3");
    }

    [Fact]
    public async Task The_kits_own_packages_and_their_source_line_load_nothing_and_keep_line_numbers()
    {
        var engine = new NotebookEngine(RepoPathsForTests.NotebookFolder);
        var result = await engine.ExecuteAsync(
            "#i \"nuget: ../artifacts/packages\"\n#r \"nuget: SegmentationKit.Interactive\"\n#r \"nuget: SegmentationKit, 0.1.0\"\nvar x = 1;\nvar y = missing + x;");

        result.Error!.ErrorName.Should().Be("CompilationError", string.Join("\n", result.Error.Traceback));
        result.Error.Line.Should().Be(5, "the blanked #i line still counts");
        var ok = await engine.ExecuteAsync("#r \"nuget: SegmentationKit.Interactive\"\ntypeof(Segmentation).Assembly.GetName().Name");
        Plain(ok.Outputs.Single()).Should().Be("SegmentationKit");
    }

    [Fact]
    public async Task A_package_the_sources_do_not_have_is_an_error_naming_the_line_the_package_and_a_fix()
    {
        var engine = new NotebookEngine(RepoPathsForTests.NotebookFolder);
        var result = await engine.ExecuteAsync("var a = 1;\n#r \"nuget: SegmentationKitTest.NoSuchPackage.Anywhere, 1.0.0\"");

        result.Error!.ErrorName.Should().Be("PackageRestoreError");
        result.Error.Line.Should().Be(2);
        result.Error.Message.Should().Contain("SegmentationKitTest.NoSuchPackage.Anywhere 1.0.0").And.Contain("NU1101").And.Contain("Fix:");
    }

    [Theory]
    [InlineData("#r \"nuget: Two Words, 1.0\"", "does not name one package")]
    [InlineData("#r \"nuget: A, 1.0, 2.0\"", "does not name one package")]
    [InlineData("#i \"../packages\"", "is not a package source")]
    [InlineData("#i \"nuget:  \"", "names no source")]
    public void A_malformed_directive_is_refused_with_a_fix(string line, string problem)
    {
        var act = () => PackageDirectives.Parse("var a = 1;\n" + line);
        var e = act.Should().Throw<PackageRestoreException>().Which;
        e.Message.Should().Contain(problem).And.Contain("Fix:");
        e.Line.Should().Be(2);
    }

    [Fact]
    public void Directives_are_read_with_or_without_a_version_and_the_include_line_is_blanked()
    {
        var d = PackageDirectives.Parse("#i \"nuget: https://example.invalid/v3/index.json\"\n#r \"nuget:Humanizer.Core\"\n#r \"nuget: Deedle, 8.1.0\" // frames\nvar a = 1;");

        d.Sources.Should().Equal((1, "https://example.invalid/v3/index.json"));
        d.Packages.Select(p => (p.Id, p.Version, p.Line)).Should().Equal(("Humanizer.Core", (string?)null, 2), ("Deedle", "8.1.0", 3));
        d.Code.Should().Be("\n#r \"nuget:Humanizer.Core\"\n#r \"nuget: Deedle, 8.1.0\" // frames\nvar a = 1;");
    }
}
