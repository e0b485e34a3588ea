using System.Globalization;
using System.Numerics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Probes.Core.Specs;

/// <summary>
/// One node of a YAML document walked by hand, with its dotted path. Walking the representation model instead of
/// deserialising keeps every node's line, so each complaint points at its place, and lets every mapping state
/// exactly which fields it allows: a misspelt optional field must fail loudly, not silently fall back to a default.
/// </summary>
internal sealed class YamlNodeReader
{
    private readonly YamlNode _node;
    private readonly string _file;

    private YamlNodeReader(YamlNode node, string file, string path)
    {
        _node = node;
        _file = file;
        Path = path;
    }

    public string Path { get; }

    public int Line => checked((int)_node.Start.Line);

    /// <summary>True for an explicit null (<c>~</c>, <c>null</c>) or a key written without a value.</summary>
    public bool IsNull => _node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    public static YamlNodeReader LoadDocument(string yaml, string file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException error)
        {
            throw new SpecException(file, Math.Max(1, checked((int)error.Start.Line)), null, $"malformed YAML: {ParserProblem(error)}", error);
        }
        return stream.Documents.Count switch
        {
            0 => throw new SpecException(file, 1, null, "the document is empty"),
            1 => new YamlNodeReader(stream.Documents[0].RootNode, file, string.Empty),
            var count => throw new SpecException(file, checked((int)stream.Documents[1].RootNode.Start.Line), null,
                $"expected one YAML document, found {count}"),
        };
    }

    public SpecException Error(string problem) => new(_file, Line, Path.Length == 0 ? null : Path, problem);

    /// <summary>Checks that this node is a mapping whose keys are all in <paramref name="allowedFields"/>.</summary>
    public YamlNodeReader Mapping(IReadOnlyList<string> allowedFields)
    {
        var allowed = string.Join(", ", allowedFields);
        if (_node is not YamlMappingNode mapping)
        {
            throw Error($"expected a mapping with fields {allowed}, found {Kind}");
        }
        foreach (var key in mapping.Children.Keys)
        {
            var name = key is YamlScalarNode { Value: { } text } ? text : key.ToString();
            if (!allowedFields.Contains(name, StringComparer.Ordinal))
            {
                throw new YamlNodeReader(key, _file, ChildPath(name)).Error($"unknown field '{name}' (allowed: {allowed})");
            }
        }
        return this;
    }

    /// <summary>The value of <paramref name="field"/>, or null when it is absent or explicitly null.</summary>
    public YamlNodeReader? Optional(string field)
    {
        if (_node is not YamlMappingNode mapping)
        {
            throw Error($"expected a mapping, found {Kind}");
        }
        if (!mapping.Children.TryGetValue(new YamlScalarNode(field), out var value))
        {
            return null;
        }
        var child = new YamlNodeReader(value, _file, ChildPath(field));
        return child.IsNull ? null : child;
    }

    public YamlNodeReader Required(string field) =>
        Optional(field) ?? throw new SpecException(_file, Line, ChildPath(field), "required field is missing or empty");

    public IReadOnlyList<YamlNodeReader> Items()
    {
        if (_node is not YamlSequenceNode sequence)
        {
            throw Error($"expected a list, found {Kind}");
        }
        return sequence.Children.Select((item, index) => new YamlNodeReader(item, _file, $"{Path}[{index}]")).ToArray();
    }

    public string Text()
    {
        if (_node is not YamlScalarNode scalar)
        {
            throw Error($"expected text, found {Kind}");
        }
        return IsNull || string.IsNullOrWhiteSpace(scalar.Value) ? throw Error("must not be empty") : scalar.Value;
    }

    /// <summary>
    /// The text as a path relative to <paramref name="baseDirectory"/>, made full and without a trailing separator:
    /// a campaign may be resumed from another working directory, and <c>dir</c> and <c>dir/</c> name one folder.
    /// </summary>
    public string FullPath(string baseDirectory) =>
        System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(System.IO.Path.Combine(baseDirectory, Text())));

    public int PositiveInt() => Positive<int>(NumberStyles.AllowLeadingSign);

    /// <summary>Token counts run into millions, so thousands separators are accepted (<c>1,000,000</c>).</summary>
    public long PositiveLong() => Positive<long>(NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands);

    private T Positive<T>(NumberStyles styles) where T : IBinaryInteger<T>
    {
        var text = Text();
        if (!T.TryParse(text, styles, CultureInfo.InvariantCulture, out var value))
        {
            throw Error($"expected a whole number, found '{text}'");
        }
        return value > T.Zero ? value : throw Error($"must be a positive whole number, found {value}");
    }

    /// <summary>An exact decimal, for money: dollar amounts add up without binary rounding.</summary>
    public decimal Decimal()
    {
        var text = Text();
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error($"expected a number, found '{text}'");
    }

    public double Number()
    {
        var text = Text();
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Error($"expected a number, found '{text}'");
    }

    private string Kind => _node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        _ => "a single value",
    };

    private string ChildPath(string field) => Path.Length == 0 ? field : $"{Path}.{field}";

    // YamlDotNet prefixes its messages with the position, which our own format already carries.
    private static string ParserProblem(YamlException error)
    {
        var message = error.Message;
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0 ? message[(marker + 3)..] : message;
    }
}
