using Scp.SpecCapture.Parsing;

namespace Scp.SpecCapture.Tests;

public sealed class OperationIdFormatterTests
{
    [Theory]
    [InlineData("Check Duplication AI&MLOps Platform Name", "CheckDuplicationAIMLOpsPlatformName")]
    [InlineData("CancelArchiving", "CancelArchiving")]
    [InlineData("Get AI&MLOps Platform details", "GetAIMLOpsPlatformDetails")]
    [InlineData("List StorageClasses", "ListStorageClasses")]
    public void ToOperationId_DocsName_GivesPascalCaseId(string name, string expected)
    {
        Assert.Equal(expected, OperationIdFormatter.ToOperationId(name));
    }
}
