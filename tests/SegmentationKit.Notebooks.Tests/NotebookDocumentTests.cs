using System.Text.Json.Nodes;
using SegmentationKit.Errors;
using SegmentationKit.Notebooks.Runner;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Notebooks.Tests;

/// <summary>The notebook reader: every nbformat 4 minor version loads (4.5's cell ids and attachments
/// included) and round-trips; a malformed notebook is a DataValidationException naming the cell.</summary>
public class NotebookDocumentTests
{
    /// <summary>What Jupyter 7 saves: nbformat 4.5, an id on every cell, a markdown cell with an
    /// attached image, a raw cell, outputs with execution counts.</summary>
    internal const string Jupyter45 = """
        {
         "cells": [
          {
           "attachments": {
            "logo.png": {
             "image/png": "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAADUlEQVR4nGP4zwAE/wEHAAH/4iOeWQAAAABJRU5ErkJggg=="
            }
           },
           "cell_type": "markdown",
           "id": "3f6e1c2a-intro",
           "metadata": {},
           "source": [
            "# Segments\n",
            "![logo](attachment:logo.png)"
           ]
          },
          {
           "cell_type": "code",
           "execution_count": 3,
           "id": "a1b2c3d4",
           "metadata": {
            "tags": ["parameters"],
            "collapsed": false
           },
           "outputs": [
            {"name": "stdout", "output_type": "stream", "text": ["old\n"]}
           ],
           "source": "var k = 2;"
          },
          {
           "cell_type": "raw",
           "id": "raw-1",
           "metadata": {"format": "text/plain"},
           "source": "Servicés — Île-de-France"
          }
         ],
         "metadata": {
          "kernelspec": {"display_name": "C# (SegmentationKit)", "language": "csharp", "name": "segkit-csharp"},
          "language_info": {"name": "csharp"}
         },
         "nbformat": 4,
         "nbformat_minor": 5
        }
        """;

    private static string Write(string text, string name = "nb.ipynb")
    {
        var path = Path.Combine(RepoPaths.NewTempFolder("segkit-nbdoc"), name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void An_nbformat_4_5_notebook_with_ids_and_attachments_loads_and_saves_unchanged()
    {
        var path = Write(Jupyter45);

        var doc = NotebookDocument.Load(path);

        doc.Cells.Should().HaveCount(3);
        doc.Cells[0]!["attachments"]!["logo.png"]!["image/png"]!.GetValue<string>().Should().StartWith("iVBOR");
        doc.Cells[1]!["id"]!.GetValue<string>().Should().Be("a1b2c3d4");
        NotebookDocument.Source(doc.Cells[0]!).Should().Be("# Segments\n![logo](attachment:logo.png)");
        NotebookDocument.Source(doc.Cells[2]!).Should().Be("Servicés — Île-de-France");
        var saved = Path.Combine(Path.GetDirectoryName(path)!, "saved.ipynb");
        doc.Save(saved);
        JsonNode.DeepEquals(JsonNode.Parse(File.ReadAllText(saved)), JsonNode.Parse(Jupyter45)).Should().BeTrue();
        Directory.GetFiles(Path.GetDirectoryName(path)!, ".*").Should().BeEmpty("the temporary file is renamed into place");
    }

    [Theory]
    [InlineData("4.0")]
    [InlineData("4")]
    public void The_format_version_is_read_as_a_number_whatever_its_spelling(string version)
    {
        var doc = NotebookDocument.Parse(Jupyter45.Replace("\"nbformat\": 4,", $"\"nbformat\": {version},"), "nb.ipynb");

        doc.Cells.Should().HaveCount(3);
    }

    public static TheoryData<string, string, string> Broken => new()
    {
        { "\"nbformat\": 4,", "\"nbformat\": \"4\",", "nbformat" },
        { "\"nbformat\": 4,", "\"nbformat\": 3,", "nbformat" },
        { "\"cell_type\": \"raw\"", "\"cell_type\": 7", "cell 3" },
        { "\"cell_type\": \"raw\"", "\"cell_type\": \"sql\"", "cell 3" },
        { "\"source\": \"var k = 2;\"", "\"source\": [\"var k\", 2]", "cell 2.source" },
        { "\"metadata\": {\"format\": \"text/plain\"}", "\"metadata\": [1]", "cell 3.metadata" },
        { "\"tags\": [\"parameters\"]", "\"tags\": [1, 2]", "cell 2.metadata.tags" },
        { "\"tags\": [\"parameters\"]", "\"tags\": \"parameters\"", "cell 2.metadata.tags" },
        { "\"id\": \"a1b2c3d4\"", "\"id\": 12", "cell 2.id" },
        { "\"attachments\": {", "\"attachments\": [], \"x\": {", "cell 1.attachments" },
        { "\"outputs\": [", "\"outputs\": {\"a\": [", "cell 2.outputs" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_malformed_notebook_is_a_data_error_naming_the_cell(string from, string to, string column)
    {
        var text = Jupyter45.Replace(from, to);
        if (to.Contains("{\"a\": [")) text = text.Replace("}\n   ],\n   \"source\": \"var k", "}\n   ]},\n   \"source\": \"var k");
        text.Should().NotBe(Jupyter45);

        var act = () => NotebookDocument.Parse(text, "nb.ipynb");

        var e = act.Should().Throw<DataValidationException>().Which;
        e.File.Should().Be("nb.ipynb");
        e.Column.Should().Be(column);
        e.Fix.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void A_key_given_twice_is_a_data_error_not_a_crash()
    {
        var act = () => NotebookDocument.Parse(Jupyter45.Replace("\"nbformat_minor\": 5", "\"nbformat_minor\": 5, \"nbformat_minor\": 4"), "nb.ipynb");

        act.Should().Throw<DataValidationException>().Which.Message.Should().StartWith("nb.ipynb: not a valid notebook:");
    }

    [Fact]
    public void Json_nested_deeper_than_the_limit_is_a_data_error()
    {
        var deep = Jupyter45.Replace("\"metadata\": {},", $"\"metadata\": {{\"x\": {new string('[', 5000)}{new string(']', 5000)}}},");

        var act = () => NotebookDocument.Parse(deep, "nb.ipynb");

        act.Should().Throw<DataValidationException>().Which.Message.Should().Contain("not valid JSON");
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{\"cells\": {}}")]
    [InlineData("{\"cells\": [], \"nbformat\": 4, \"metadata\": []}")]
    [InlineData("\u0000\u0001")]
    public void Text_that_is_not_a_notebook_is_a_data_error(string text)
    {
        var act = () => NotebookDocument.Parse(text, "nb.ipynb");

        act.Should().Throw<DataValidationException>().Which.File.Should().Be("nb.ipynb");
    }

    [Fact]
    public void A_notebook_in_utf_16_is_read_like_any_text_input()
    {
        var path = Path.Combine(RepoPaths.NewTempFolder("segkit-nbdoc"), "nb.ipynb");
        File.WriteAllBytes(path, [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes(Jupyter45)]);

        NotebookDocument.Source(NotebookDocument.Load(path).Cells[2]!).Should().Be("Servicés — Île-de-France");
    }

    [Fact]
    public void A_notebook_that_does_not_exist_is_a_data_error() =>
        FluentActions.Invoking(() => NotebookDocument.Load("/nowhere/nb.ipynb")).Should().Throw<DataValidationException>()
            .Which.Message.Should().Be("/nowhere/nb.ipynb: the notebook does not exist. Fix: check the path");
}
