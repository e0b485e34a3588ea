using Probes.Core.Evaluation;
using Probes.Core.Records;
using Probes.Core.Tests.Fingerprints;

namespace Probes.Core.Tests.Evaluation;

public sealed class EvalCorpusTests
{
    [Fact]
    public void Responses_are_keyed_by_probe_normalised_and_failures_left_out()
    {
        var records = new[]
        {
            TestRecords.Success("q1", " Blue.</s>"),
            TestRecords.Success("q2", "Two\r\nlines  here"),
            TestRecords.Failure("q3"),
        };

        var responses = EvalCorpus.ResponsesOf(records);

        Assert.Equal(new Dictionary<string, string> { ["q1"] = "Blue.", ["q2"] = "Two\nlines here" }, responses);
    }

    [Fact]
    public void A_second_successful_record_for_a_probe_is_an_error()
    {
        ProbeRecord[] records = [TestRecords.Success("q1", "a"), TestRecords.Success("q1", "b", index: 1)];

        Assert.Contains("'q1'", Assert.Throws<InvalidDataException>(() => EvalCorpus.ResponsesOf(records)).Message, StringComparison.Ordinal);
    }
}
