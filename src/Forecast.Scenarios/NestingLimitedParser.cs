using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Forecast.Scenarios;

/// <summary>
/// Hands YamlDotNet's node builder the parser's events while refusing, before it recurses or builds them, any alias,
/// a collection nested deeper than <see cref="ScenarioFileLimits.MaxNesting"/>, one with more entries than
/// <see cref="ScenarioFileLimits.MaxEntries"/>, and a file of more than <see cref="ScenarioFileLimits.MaxNodes"/>
/// values. The node builder recurses once per level, so a 64 KB file of brackets would overflow the stack; the
/// scanner keeps a simple key per open bracket and checks them all on each token, so stopping at a small depth also
/// keeps reading linear; and the bounds on entries and values keep any file under the size limit read in well under
/// a second.
/// </summary>
internal sealed class NestingLimitedParser(IParser inner, string file) : IParser
{
    // Values read so far in each open collection, innermost last, and how many it may hold: a mapping's keys and
    // values are two values an entry.
    private readonly Stack<(int Values, int Max)> _entries = new();
    private int _nodes;

    public ParsingEvent? Current => inner.Current;

    /// <summary>Where the last event the parser gave started: where a failure of the parser itself is reported.</summary>
    public Mark LastStart { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
            return false;
        var current = inner.Current!;
        LastStart = current.Start;
        switch (current)
        {
            case AnchorAlias alias:
                // Aliases would let a small file expand into a huge one; a hand-written scenario never needs them.
                throw Refuse(alias.Start, "anchors and aliases (*name) are not supported: they let a small file expand into a huge one; write the value out");
            case NodeEvent node:
                Count(node);
                if (node is MappingStart or SequenceStart)
                {
                    if (_entries.Count == ScenarioFileLimits.MaxNesting)
                        throw Refuse(node.Start, $"nested more than {ScenarioFileLimits.MaxNesting} levels deep (brackets, braces or indented lists and mappings); a scenario's deepest field is 5 levels down");
                    _entries.Push((0, node is MappingStart ? 2 * ScenarioFileLimits.MaxEntries : ScenarioFileLimits.MaxEntries));
                }

                break;
            case MappingEnd or SequenceEnd:
                _entries.Pop();
                break;
        }

        return true;
    }

    private void Count(NodeEvent node)
    {
        if (++_nodes > ScenarioFileLimits.MaxNodes)
            throw Refuse(node.Start, $"more than {ScenarioFileLimits.MaxNodes:#,0} values in one file; a scenario is written by hand");
        if (_entries.Count == 0)
            return;
        var (values, max) = _entries.Pop();
        _entries.Push((++values, max));
        if (values > max)
            throw Refuse(node.Start, $"more than {ScenarioFileLimits.MaxEntries:#,0} entries in one list or mapping");
    }

    private ScenarioFileException Refuse(Mark at, string message) =>
        new(new ScenarioError(file, (int)at.Line, (int)at.Column, "yaml", message));
}
