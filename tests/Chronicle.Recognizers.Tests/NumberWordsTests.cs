using Chronicle.Recognizers.Numbers;

namespace Chronicle.Recognizers.Tests;

public sealed class NumberWordsTests
{
    [Theory]
    [InlineData("1,500", 1500)]
    [InlineData("10,000", 10000)]
    [InlineData("2.5", 2.5)]
    [InlineData("250", 250)]
    public void Digits_with_separators_and_decimals(string text, decimal expected)
    {
        NumberWords.TryParseDigits(text, out var value).ShouldBeTrue();
        value.ShouldBe(expected);
    }

    [Theory]
    [InlineData("1,50")]
    [InlineData("12a")]
    [InlineData("")]
    public void Malformed_digits_are_not_numbers(string text) => NumberWords.TryParseDigits(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData("two", 2)]
    [InlineData("twenty-five", 25)]
    [InlineData("two hundred and fifty", 250)]
    [InlineData("1.5 million", 1_500_000)]
    [InlineData("a dozen", 12)]
    [InlineData("three thousand five hundred", 3500)]
    [InlineData("a hundred", 100)]
    public void Words_compose(string text, decimal expected)
    {
        NumberWords.TryParseWords(text.Split(' '), out var value).ShouldBeTrue();
        value.ShouldBe(expected);
    }

    [Theory]
    [InlineData("two people")]
    [InlineData("and")]
    [InlineData("a")]
    public void Other_words_are_not_numbers(string text) => NumberWords.TryParseWords(text.Split(' '), out _).ShouldBeFalse();

    [Theory]
    [InlineData("third", 3)]
    [InlineData("twenty-first", 21)]
    [InlineData("21st", 21)]
    [InlineData("3rd", 3)]
    public void Ordinals(string text, int expected)
    {
        NumberWords.TryParseOrdinal(text, out var value).ShouldBeTrue();
        value.ShouldBe(expected);
    }
}
