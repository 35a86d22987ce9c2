namespace Chronicle.Events.Tests;

public sealed class EventCoderTests
{
    [Fact]
    public void The_stage_is_named_events()
    {
        new EventCoder().Name.ShouldBe("events");
    }
}
