namespace Chronicle.Core.Tests;

public sealed class DocumentTests
{
    [Fact]
    public void Id_is_the_sha256_of_the_body_text_in_utf8()
    {
        var document = new Document("a.txt", null, null, "abc");
        document.Id.Value.ShouldBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    [Fact]
    public void The_same_text_from_two_sources_is_the_same_document() =>
        new Document("a.txt", "A", null, "Same words.").Id
            .ShouldBe(new Document("https://example.org/b", null, new DateOnly(2024, 1, 1), "Same words.").Id);
}
