namespace Probes.Cli.CommandLine;

/// <summary>
/// A command line split into positional words and <c>--name value</c> / <c>--flag</c> options. Each command says
/// which options it accepts, so a misspelt option is an error instead of being silently ignored.
/// </summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly List<string> _positional = [];

    public Arguments(IEnumerable<string> args, IReadOnlySet<string> flags)
    {
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                _positional.Add(arg);
                continue;
            }
            var name = arg[2..];
            var equals = name.IndexOf('=');
            if (equals >= 0)
            {
                _options[name[..equals]] = name[(equals + 1)..];
            }
            else if (flags.Contains(name))
            {
                _options[name] = null;
            }
            else
            {
                _options[name] = e.MoveNext() ? e.Current : throw new UsageException($"option --{name} needs a value");
            }
        }
    }

    public IReadOnlyList<string> Positional => _positional;

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public string Required(int position, string what) =>
        position < _positional.Count ? _positional[position] : throw new UsageException($"missing {what}");

    /// <summary>Rejects options the command does not know.</summary>
    public Arguments Allow(params string[] names)
    {
        var unknown = _options.Keys.Where(k => !names.Contains(k)).ToList();
        return unknown.Count == 0
            ? this
            : throw new UsageException($"unknown option --{unknown[0]} (this command takes: {string.Join(", ", names.Select(n => "--" + n))})");
    }
}

/// <summary>A command line that cannot be run as written; exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>A command that was understood but cannot be carried out as things stand; exit code 1.</summary>
public sealed class CommandFailedException(string message) : Exception(message);
