package com.theorycloud.tabletheory.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.AnnotatedModels;
import com.theorycloud.tabletheory.annotation.Attribute;
import com.theorycloud.tabletheory.annotation.Convert;
import com.theorycloud.tabletheory.annotation.CreatedAt;
import com.theorycloud.tabletheory.annotation.DynamoSet;
import com.theorycloud.tabletheory.annotation.Encrypted;
import com.theorycloud.tabletheory.annotation.GlobalSecondaryIndex;
import com.theorycloud.tabletheory.annotation.Json;
import com.theorycloud.tabletheory.annotation.LocalSecondaryIndex;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.Ttl;
import com.theorycloud.tabletheory.annotation.UpdatedAt;
import com.theorycloud.tabletheory.annotation.Version;
import com.theorycloud.tabletheory.annotation.WritePolicy;
import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.mapping.AttributeConverter;
import com.theorycloud.tabletheory.ItemCodecs;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ModelValidationTest {

    @TableTheoryModel(table = "t")
    record NoPartitionKey(String id) {
    }

    @Test
    void rejectsModelWithoutPartitionKey() {
        assertInvalid(NoPartitionKey.class).hasMessageContaining("NoPartitionKey")
                .hasMessageContaining("has no partition key").hasMessageContaining("@PartitionKey");
    }

    @TableTheoryModel(table = "t")
    record TwoPartitionKeys(@PartitionKey String a, @PartitionKey String b) {
    }

    @TableTheoryModel(table = "t")
    record TwoSortKeys(@PartitionKey String id, @SortKey String a, @SortKey String b) {
    }

    @Test
    void rejectsTwoPartitionKeysOrTwoSortKeys() {
        assertInvalid(TwoPartitionKeys.class).hasMessageContaining("TwoPartitionKeys has two properties with"
                + " @PartitionKey (a and b)");
        assertInvalid(TwoSortKeys.class).hasMessageContaining("TwoSortKeys has two properties with @SortKey (a and b)");
    }

    @TableTheoryModel(table = "t")
    record TextVersion(@PartitionKey String id, @Version String version) {
    }

    @TableTheoryModel(table = "t")
    record TwoVersions(@PartitionKey String id, @Version long a, @Version long b) {
    }

    @Test
    void rejectsVersionOnNonIntegerType() {
        assertInvalid(TextVersion.class).hasMessageContaining("@Version on TextVersion.version needs int, long,"
                + " Integer or Long").hasMessageContaining("java.lang.String");
        assertInvalid(TwoVersions.class).hasMessageContaining("TwoVersions has two properties with @Version");
    }

    @TableTheoryModel(table = "t")
    record TextTtl(@PartitionKey String id, @Ttl String expires) {
    }

    @TableTheoryModel(table = "t")
    record DateTtl(@PartitionKey String id, @Ttl LocalDate expires) {
    }

    @Test
    void rejectsTtlOnSomethingThatIsNotATime() {
        assertInvalid(TextTtl.class).hasMessageContaining("@Ttl on TextTtl.expires needs a time")
                .hasMessageContaining("epoch seconds (long/Long)");
        assertInvalid(DateTtl.class).hasMessageContaining("DateTtl.expires").hasMessageContaining("LocalDate");
    }

    @TableTheoryModel(table = "t")
    record TextCreatedAt(@PartitionKey String id, @CreatedAt String created) {
    }

    @TableTheoryModel(table = "t")
    record EpochUpdatedAt(@PartitionKey String id, @UpdatedAt long updated) {
    }

    @Test
    void rejectsLifecycleTimestampsOnNonTimes() {
        assertInvalid(TextCreatedAt.class).hasMessageContaining("@CreatedAt on TextCreatedAt.created needs Instant,"
                + " OffsetDateTime or ZonedDateTime");
        assertInvalid(EpochUpdatedAt.class).hasMessageContaining("@UpdatedAt on EpochUpdatedAt.updated");
    }

    @TableTheoryModel(table = "t")
    record ListKey(@PartitionKey List<String> ids) {
    }

    @TableTheoryModel(table = "t")
    record BooleanSortKey(@PartitionKey String id, @SortKey boolean flag) {
    }

    @TableTheoryModel(table = "t")
    record EncryptedKey(@PartitionKey @Encrypted String id) {
    }

    @TableTheoryModel(table = "t")
    @GlobalSecondaryIndex(name = "by-secret", partitionKey = "secret")
    record EncryptedIndexKey(@PartitionKey String id, @Encrypted String secret) {
    }

    @TableTheoryModel(table = "t")
    @GlobalSecondaryIndex(name = "by-tags", partitionKey = "tags")
    record ListIndexKey(@PartitionKey String id, List<String> tags) {
    }

    @Test
    void rejectsKeysOfNonKeyTypesAndEncryptedKeys() {
        assertInvalid(ListKey.class).hasMessageContaining("key ListKey.ids is stored as L, but keys must be S, N or B");
        assertInvalid(BooleanSortKey.class).hasMessageContaining("key BooleanSortKey.flag is stored as BOOL");
        assertInvalid(EncryptedKey.class).hasMessageContaining("key EncryptedKey.id is @Encrypted");
        assertInvalid(EncryptedIndexKey.class).hasMessageContaining("'by-secret'")
                .hasMessageContaining("encrypted attributes cannot be index keys");
        assertInvalid(ListIndexKey.class).hasMessageContaining("'by-tags'").hasMessageContaining("stored as L");
    }

    /** A type the engine has no converter for. */
    static final class Money {
        private final long cents;

        Money(long cents) {
            this.cents = cents;
        }
    }

    @TableTheoryModel(table = "t")
    record UnsupportedType(@PartitionKey String id, AtomicInteger counter) {
    }

    @TableTheoryModel(table = "t")
    record NoNoArgNested(@PartitionKey String id, Money price) {
    }

    @TableTheoryModel(table = "t")
    record UntypedProperty(@PartitionKey String id, Object anything) {
    }

    @TableTheoryModel(table = "t")
    record NonStringMapKeys(@PartitionKey String id, Map<Integer, String> byNumber) {
    }

    @TableTheoryModel(table = "t")
    record SetOfBooleans(@PartitionKey String id, @DynamoSet List<Boolean> flags) {
    }

    @Test
    void rejectsUnsupportedTypesWithoutConverter() {
        assertInvalid(UnsupportedType.class).hasMessageContaining("no converter for UnsupportedType.counter of type"
                + " java.util.concurrent.atomic.AtomicInteger").hasMessageContaining("@Convert");
        assertInvalid(NoNoArgNested.class).hasMessageContaining("NoNoArgNested.price holds")
                .hasMessageContaining("Money").hasMessageContaining("no no-argument constructor");
        assertInvalid(UntypedProperty.class).hasMessageContaining("UntypedProperty.anything");
        assertInvalid(NonStringMapKeys.class).hasMessageContaining("map keys must be String");
        assertInvalid(SetOfBooleans.class).hasMessageContaining("@DynamoSet on SetOfBooleans.flags");
    }

    @TableTheoryModel(table = "t")
    @GlobalSecondaryIndex(name = "by-email", partitionKey = "email")
    record UnknownIndexKey(@PartitionKey String id, String mail) {
    }

    @TableTheoryModel(table = "t")
    @GlobalSecondaryIndex(name = "by-email", partitionKey = "")
    record MissingIndexKey(@PartitionKey String id, String email) {
    }

    @TableTheoryModel(table = "t")
    @GlobalSecondaryIndex(name = "by-email", partitionKey = "email", include = "nickname")
    record UnknownIncludedAttribute(@PartitionKey String id, String email) {
    }

    @TableTheoryModel(table = "t")
    @WritePolicy(protectedAttributes = "pinned")
    record UnknownProtectedAttribute(@PartitionKey String id) {
    }

    @Test
    void rejectsIndexKeysThatAreMissingOrUnknown() {
        assertInvalid(UnknownIndexKey.class).hasMessageContaining("@GlobalSecondaryIndex 'by-email' on"
                + " UnknownIndexKey names 'email', which is not an attribute").hasMessageContaining("[id, mail]");
        assertInvalid(MissingIndexKey.class).hasMessageContaining("has no partitionKey");
        assertInvalid(UnknownIncludedAttribute.class).hasMessageContaining("'nickname'");
        assertInvalid(UnknownProtectedAttribute.class).hasMessageContaining("@WritePolicy")
                .hasMessageContaining("'pinned'");
    }

    @TableTheoryModel(table = "t")
    record DuplicateExplicitName(@PartitionKey String id, @Attribute("name") String first, String name) {
    }

    @TableTheoryModel(table = "t", naming = NamingConvention.SNAKE_CASE)
    record DuplicateAfterSnakeCase(@PartitionKey String id, String userId, @Attribute("user_id") String legacy) {
    }

    @Test
    void rejectsDuplicateAttributeNames() {
        assertInvalid(DuplicateExplicitName.class).hasMessageContaining("DuplicateExplicitName.first and"
                + " DuplicateExplicitName.name both map to attribute 'name'").hasMessageContaining("@Attribute");
        assertInvalid(DuplicateAfterSnakeCase.class).hasMessageContaining("both map to attribute 'user_id'");
    }

    @TableTheoryModel(table = "t")
    @GlobalSecondaryIndex(name = "idx", partitionKey = "a")
    @GlobalSecondaryIndex(name = "idx", partitionKey = "b")
    record DuplicateIndexNames(@PartitionKey String id, @SortKey String sk, String a, String b) {
    }

    @TableTheoryModel(table = "t")
    @GlobalSecondaryIndex(name = "idx", partitionKey = "a")
    @LocalSecondaryIndex(name = "idx", sortKey = "b")
    record DuplicateIndexNamesAcrossKinds(@PartitionKey String id, @SortKey String sk, String a, String b) {
    }

    @Test
    void rejectsDuplicateIndexNames() {
        assertInvalid(DuplicateIndexNames.class).hasMessageContaining("repeats an index name");
        assertInvalid(DuplicateIndexNamesAcrossKinds.class).hasMessageContaining("@LocalSecondaryIndex 'idx'")
                .hasMessageContaining("repeats an index name");
    }

    @TableTheoryModel(table = "t")
    @LocalSecondaryIndex(name = "by-date", sortKey = "date")
    record LsiWithoutSortKey(@PartitionKey String id, String date) {
    }

    @Test
    void rejectsLocalIndexOnTableWithoutSortKey() {
        assertInvalid(LsiWithoutSortKey.class).hasMessageContaining("@LocalSecondaryIndex 'by-date' on"
                + " LsiWithoutSortKey needs a table sort key").hasMessageContaining("add @SortKey");
    }

    record NotAModel(@PartitionKey String id) {
    }

    @Test
    void rejectsClassWithoutModelAnnotation() {
        assertInvalid(NotAModel.class).hasMessageContaining(NotAModel.class.getName())
                .hasMessageContaining("annotate it with @TableTheoryModel(table = \"...\")");
    }

    @TableTheoryModel(table = "t")
    static final class NoNoArgConstructor {
        @PartitionKey
        private String id;

        NoNoArgConstructor(String id) {
            this.id = id;
        }
    }

    @TableTheoryModel(table = "t")
    static final class FinalFieldWithoutSetter {
        @PartitionKey
        private final String id = "x";
    }

    @Test
    void rejectsClassWithoutNoArgConstructorOrWritableFields() {
        assertInvalid(NoNoArgConstructor.class).hasMessageContaining("has no no-argument constructor")
                .hasMessageContaining("make NoNoArgConstructor a record");
        assertInvalid(FinalFieldWithoutSetter.class).hasMessageContaining("FinalFieldWithoutSetter.id is final");
    }

    /** Needs a constructor argument, so it cannot be named by {@code @Convert}. */
    static final class ConfiguredConverter implements AttributeConverter<String> {
        ConfiguredConverter(String prefix) {
        }

        @Override
        public DynamoType storedType() {
            return DynamoType.S;
        }

        @Override
        public AttributeValue write(String value) {
            return AttributeValue.fromS(value);
        }

        @Override
        public String read(AttributeValue value) {
            return value.s();
        }
    }

    @TableTheoryModel(table = "t")
    record ConverterWithoutNoArgConstructor(@PartitionKey String id,
            @Convert(ConfiguredConverter.class) String name) {
    }

    @Test
    void rejectsConverterWithoutNoArgConstructor() {
        assertInvalid(ConverterWithoutNoArgConstructor.class).hasMessageContaining(ConfiguredConverter.class.getName())
                .hasMessageContaining("ConverterWithoutNoArgConstructor.name")
                .hasMessageContaining("no no-argument constructor");
    }

    /** Converts strings only. */
    public static final class UpperCaseConverter implements AttributeConverter<String> {
        @Override
        public DynamoType storedType() {
            return DynamoType.S;
        }

        @Override
        public AttributeValue write(String value) {
            return AttributeValue.fromS(value.toUpperCase(java.util.Locale.ROOT));
        }

        @Override
        public String read(AttributeValue value) {
            return value.s();
        }
    }

    @TableTheoryModel(table = "t")
    record ConverterForAnotherType(@PartitionKey String id, @Convert(UpperCaseConverter.class) int count) {
    }

    @Test
    void rejectsConverterForAnotherType() {
        assertInvalid(ConverterForAnotherType.class).hasMessageContaining("ConverterForAnotherType.count converts"
                + " java.lang.String, but the property is int");
    }

    @TableTheoryModel(table = "t")
    record ConflictingRoles(@PartitionKey @Version long id) {
    }

    @TableTheoryModel(table = "t")
    record ConflictingConversions(@PartitionKey String id, @Json @DynamoSet List<String> tags) {
    }

    @TableTheoryModel(table = "")
    record EmptyTableName(@PartitionKey String id) {
    }

    @TableTheoryModel(table = "t")
    record KeyInOptional(@PartitionKey String id, @SortKey Optional<List<String>> sk) {
    }

    @TableTheoryModel(table = "t")
    record ConvertedVersion(@PartitionKey String id, @Version @Convert(UpperCaseConverter.class) String version) {
    }

    @Test
    void rejectsCustomConversionOfLifecycleAttributes() {
        assertInvalid(ConvertedVersion.class).hasMessageContaining("ConvertedVersion.version is a [version]"
                + " attribute").hasMessageContaining("remove @Json, @DynamoSet, @Binary or @Convert");
    }

    @TableTheoryModel(table = "t")
    record JsonList(@PartitionKey String id, @Json List<String> names) {
    }

    @Test
    void rejectsJsonOnValuesThatAreNotObjects() {
        assertInvalid(JsonList.class).hasMessageContaining("@Json on JsonList.names stores a JSON object as M");
    }

    @Test
    void rejectsConflictingAnnotationsAndEmptyNames() {
        assertInvalid(ConflictingRoles.class).hasMessageContaining("ConflictingRoles.id carries conflicting roles");
        assertInvalid(ConflictingConversions.class).hasMessageContaining("combines more than one of @Json");
        assertInvalid(EmptyTableName.class).hasMessageContaining("empty table name");
        assertInvalid(KeyInOptional.class).hasMessageContaining("key KeyInOptional.sk is stored as L");
    }

    @Test
    void codecFactoryReportsTheSameValidationErrors() {
        assertThatThrownBy(() -> ItemCodecs.forClass(NoPartitionKey.class))
                .isInstanceOf(InvalidModelException.class).hasMessageContaining("has no partition key");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertInvalid(Class<?> type) {
        return assertThatThrownBy(() -> AnnotatedModels.schemaOf(type)).isInstanceOf(InvalidModelException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((InvalidModelException) e).errorCode())
                        .isEqualTo("ErrInvalidModel"));
    }
}
