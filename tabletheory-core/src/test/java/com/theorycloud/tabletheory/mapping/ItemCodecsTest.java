package com.theorycloud.tabletheory.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.ItemCodecs;
import com.theorycloud.tabletheory.annotation.Attribute;
import com.theorycloud.tabletheory.annotation.Binary;
import com.theorycloud.tabletheory.annotation.Convert;
import com.theorycloud.tabletheory.annotation.CreatedAt;
import com.theorycloud.tabletheory.annotation.DynamoSet;
import com.theorycloud.tabletheory.annotation.GlobalSecondaryIndex;
import com.theorycloud.tabletheory.annotation.Ignore;
import com.theorycloud.tabletheory.annotation.Json;
import com.theorycloud.tabletheory.annotation.OmitEmpty;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.Ttl;
import com.theorycloud.tabletheory.annotation.UpdatedAt;
import com.theorycloud.tabletheory.annotation.Version;
import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.error.InvalidValueException;
import com.theorycloud.tabletheory.model.DynamoType;
import com.theorycloud.tabletheory.model.NamingConvention;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ItemCodecsTest {

    enum Tier { FREE, PRO }

    record Address(String street, String city, @OmitEmpty String zip) {
    }

    record Preferences(String theme, List<String> channels, BigDecimal limit, Map<String, Object> extra) {
    }

    @TableTheoryModel(table = "customers")
    @GlobalSecondaryIndex(name = "by-email", partitionKey = "email")
    record Customer(
            @PartitionKey @Attribute("PK") String pk,
            @SortKey @Attribute("SK") String sk,
            String email,
            String displayName,
            int loginCount,
            long lifetimeCents,
            double rating,
            boolean active,
            BigDecimal balance,
            BigInteger bigId,
            Tier tier,
            UUID externalId,
            URI homepage,
            LocalDate birthday,
            List<String> notes,
            Set<String> tags,
            Set<Integer> luckyNumbers,
            Map<String, Integer> counters,
            Address address,
            Optional<String> nickname,
            byte[] avatar,
            @Json Preferences preferences,
            @CreatedAt Instant createdAt,
            @UpdatedAt OffsetDateTime updatedAt,
            @Version long version,
            @Ttl Instant expiresAt) {
    }

    private static Customer customer() {
        return new Customer("CUSTOMER#1", "PROFILE", "ada@example.com", "Ada Lovelace", 42, 9_007_199_254_740_993L,
                4.75, true, new BigDecimal("12.5"), new BigInteger("123456789012345678901234567890"), Tier.PRO,
                UUID.fromString("0b9f4a52-1f0c-4f5e-9a36-6a1f6e0f2c11"), URI.create("https://example.com/ada"),
                LocalDate.of(1815, 12, 10), List.of("first", "second"), Set.of("vip", "beta"), Set.of(7, 13),
                Map.of("logins", 3, "orders", 0), new Address("12 Analytical St", "London", "SW1"),
                Optional.of("ada"), new byte[] {1, 2, 3},
                new Preferences("dark", List.of("email", "sms"), new BigDecimal("0.12345678901234567"),
                        Map.of("beta", true, "score", 99)),
                Instant.parse("2026-01-02T03:04:05.123456789Z"),
                OffsetDateTime.parse("2026-01-02T05:04:05.1+02:00"), 3, Instant.ofEpochSecond(1_900_000_000L));
    }

    @Test
    void roundTripsARealisticRecord() {
        ItemCodec<Customer> codec = ItemCodecs.forClass(Customer.class);
        Customer original = customer();

        Map<String, AttributeValue> item = codec.encode(original);
        Customer decoded = codec.decode(item);

        assertThat(decoded).usingRecursiveComparison().isEqualTo(original);
        assertThat(item).hasSize(26);
    }

    @Test
    void encodesEachTypeInItsDynamoDbForm() {
        Map<String, AttributeValue> item = ItemCodecs.forClass(Customer.class).encode(customer());

        assertThat(item.get("PK")).isEqualTo(AttributeValue.fromS("CUSTOMER#1"));
        assertThat(item.get("loginCount")).isEqualTo(AttributeValue.fromN("42"));
        assertThat(item.get("lifetimeCents")).isEqualTo(AttributeValue.fromN("9007199254740993"));
        assertThat(item.get("rating")).isEqualTo(AttributeValue.fromN("4.75"));
        assertThat(item.get("active")).isEqualTo(AttributeValue.fromBool(true));
        assertThat(item.get("balance")).isEqualTo(AttributeValue.fromN("12.5"));
        assertThat(item.get("bigId")).isEqualTo(AttributeValue.fromN("123456789012345678901234567890"));
        assertThat(item.get("tier")).isEqualTo(AttributeValue.fromS("PRO"));
        assertThat(item.get("externalId")).isEqualTo(AttributeValue.fromS("0b9f4a52-1f0c-4f5e-9a36-6a1f6e0f2c11"));
        assertThat(item.get("homepage")).isEqualTo(AttributeValue.fromS("https://example.com/ada"));
        assertThat(item.get("birthday")).isEqualTo(AttributeValue.fromS("1815-12-10"));
        assertThat(item.get("notes")).isEqualTo(AttributeValue.fromL(
                List.of(AttributeValue.fromS("first"), AttributeValue.fromS("second"))));
        assertThat(item.get("tags").ss()).containsExactlyInAnyOrder("vip", "beta");
        assertThat(item.get("luckyNumbers").ns()).containsExactlyInAnyOrder("7", "13");
        assertThat(item.get("counters").m()).containsEntry("orders", AttributeValue.fromN("0"));
        assertThat(item.get("address").m()).containsEntry("zip", AttributeValue.fromS("SW1"));
        assertThat(item.get("nickname")).isEqualTo(AttributeValue.fromS("ada"));
        assertThat(item.get("avatar")).isEqualTo(AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1, 2, 3})));
        assertThat(item.get("createdAt")).isEqualTo(AttributeValue.fromS("2026-01-02T03:04:05.123456789Z"));
        assertThat(item.get("updatedAt")).isEqualTo(AttributeValue.fromS("2026-01-02T05:04:05.100000000+02:00"));
        assertThat(item.get("version")).isEqualTo(AttributeValue.fromN("3"));
        assertThat(item.get("expiresAt")).isEqualTo(AttributeValue.fromN("1900000000"));
    }

    @Test
    void storesJsonPropertiesAsNativeMapsWithExactNumbers() {
        Map<String, AttributeValue> item = ItemCodecs.forClass(Customer.class).encode(customer());

        Map<String, AttributeValue> preferences = item.get("preferences").m();
        assertThat(preferences.get("theme")).isEqualTo(AttributeValue.fromS("dark"));
        assertThat(preferences.get("channels").l()).extracting(AttributeValue::s).containsExactly("email", "sms");
        assertThat(preferences.get("limit")).isEqualTo(AttributeValue.fromN("0.12345678901234567"));
        assertThat(preferences.get("extra").m()).containsEntry("beta", AttributeValue.fromBool(true))
                .containsEntry("score", AttributeValue.fromN("99"));
    }

    @TableTheoryModel(table = "t")
    record Empties(@PartitionKey String id, String text, int zero, List<String> list, Set<String> strings,
            Set<Long> numbers, Set<byte[]> blobs, Map<String, String> map, String missing, Optional<String> absent) {
    }

    @Test
    void keepsEmptyValuesAndLeavesNullsOut() {
        Map<String, AttributeValue> item = ItemCodecs.forClass(Empties.class).encode(new Empties("1", "", 0,
                List.of(), Set.of(), Set.of(), Set.of(), Map.of(), null, Optional.empty()));

        assertThat(item).containsOnlyKeys("id", "text", "zero", "list", "strings", "numbers", "blobs", "map");
        assertThat(item.get("text").s()).isEmpty();
        assertThat(item.get("zero").n()).isEqualTo("0");
        assertThat(item.get("list").hasL()).isTrue();
        assertThat(item.get("strings").hasSs()).isTrue();
        assertThat(item.get("strings").ss()).isEmpty();
        assertThat(item.get("numbers").hasNs()).isTrue();
        assertThat(item.get("blobs").hasBs()).isTrue();
        assertThat(item.get("map").hasM()).isTrue();
    }

    @Test
    void appliesOmitEmptyInsideNestedTypes() {
        Customer customer = customer();
        Customer withoutZip = new Customer(customer.pk(), customer.sk(), customer.email(), customer.displayName(),
                customer.loginCount(), customer.lifetimeCents(), customer.rating(), customer.active(),
                customer.balance(), customer.bigId(), customer.tier(), customer.externalId(), customer.homepage(),
                customer.birthday(), customer.notes(), customer.tags(), customer.luckyNumbers(), customer.counters(),
                new Address("1 Main St", "", ""), customer.nickname(), customer.avatar(), customer.preferences(),
                customer.createdAt(), customer.updatedAt(), customer.version(), customer.expiresAt());

        Map<String, AttributeValue> address = ItemCodecs.forClass(Customer.class).encode(withoutZip).get("address").m();

        assertThat(address).containsOnlyKeys("street", "city");
    }

    @Test
    void decodesPartialItemsWithDefaults() {
        Customer decoded = ItemCodecs.forClass(Customer.class).decode(Map.of("PK", AttributeValue.fromS("C#1"),
                "SK", AttributeValue.fromS("PROFILE"), "email", AttributeValue.fromNul(true)));

        assertThat(decoded.pk()).isEqualTo("C#1");
        assertThat(decoded.email()).isNull();
        assertThat(decoded.loginCount()).isZero();
        assertThat(decoded.active()).isFalse();
        assertThat(decoded.nickname()).isEmpty();
        assertThat(decoded.tags()).isNull();
        assertThat(decoded.createdAt()).isNull();
    }

    @TableTheoryModel(table = "t")
    record Scalars(@PartitionKey String id, char letter, Character boxedLetter, short small, Byte tiny, float ratio,
            Double boxedRatio, Duration timeout, LocalDateTime localTime, ZonedDateTime zoned, ByteBuffer buffer,
            @Binary String utf8, SortedSet<String> sorted, @DynamoSet List<String> setList,
            @Ttl long ttlSeconds, @Version Integer version) {
    }

    @Test
    void mapsEveryScalarType() {
        Scalars original = new Scalars("1", 'x', 'y', (short) 7, (byte) -3, 1.1f, 2.25, Duration.ofMinutes(90),
                LocalDateTime.of(2026, 3, 4, 5, 6, 7), ZonedDateTime.of(2026, 3, 4, 5, 6, 7, 0, ZoneOffset.ofHours(-5)),
                ByteBuffer.wrap("hi".getBytes(StandardCharsets.UTF_8)), "héllo", new TreeSet<>(Set.of("b", "a")),
                List.of("one", "two"), 1_900_000_000L, 2);
        ItemCodec<Scalars> codec = ItemCodecs.forClass(Scalars.class);

        Map<String, AttributeValue> item = codec.encode(original);
        Scalars decoded = codec.decode(item);

        assertThat(decoded).usingRecursiveComparison().isEqualTo(original);
        assertThat(item.get("letter")).isEqualTo(AttributeValue.fromS("x"));
        assertThat(item.get("ratio")).isEqualTo(AttributeValue.fromN("1.1"));
        assertThat(item.get("timeout")).isEqualTo(AttributeValue.fromS("PT1H30M"));
        assertThat(item.get("localTime")).isEqualTo(AttributeValue.fromS("2026-03-04T05:06:07"));
        assertThat(item.get("zoned")).isEqualTo(AttributeValue.fromS("2026-03-04T05:06:07.000000000-05:00"));
        assertThat(item.get("utf8").b().asUtf8String()).isEqualTo("héllo");
        assertThat(item.get("setList").ss()).containsExactly("one", "two");
        assertThat(item.get("ttlSeconds")).isEqualTo(AttributeValue.fromN("1900000000"));
        assertThat(decoded.sorted()).isInstanceOf(TreeSet.class);
    }

    @TableTheoryModel(table = "t")
    record Collections(@PartitionKey String id, java.util.Deque<String> queue, java.util.LinkedList<Integer> linked,
            java.util.HashSet<String> hashed, java.util.NavigableSet<Long> navigable, java.util.Collection<String> any,
            java.util.SortedMap<String, Integer> sortedMap, java.util.HashMap<String, String> hashMap) {
    }

    @Test
    void createsTheDeclaredCollectionTypes() {
        Collections original = new Collections("1", new java.util.ArrayDeque<>(List.of("a", "b")),
                new java.util.LinkedList<>(List.of(1, 2)), new java.util.HashSet<>(Set.of("x")),
                new TreeSet<>(Set.of(3L, 1L)), List.of("z"), new java.util.TreeMap<>(Map.of("b", 2, "a", 1)),
                new java.util.HashMap<>(Map.of("k", "v")));
        ItemCodec<Collections> codec = ItemCodecs.forClass(Collections.class);

        Map<String, AttributeValue> item = codec.encode(original);
        Collections decoded = codec.decode(item);

        assertThat(item.get("queue").hasL()).isTrue();
        assertThat(item.get("hashed").ss()).containsExactly("x");
        assertThat(item.get("navigable").ns()).containsExactly("1", "3");
        assertThat(decoded.queue()).isInstanceOf(java.util.ArrayDeque.class).containsExactly("a", "b");
        assertThat(decoded.linked()).isInstanceOf(java.util.LinkedList.class).containsExactly(1, 2);
        assertThat(decoded.hashed()).isInstanceOf(java.util.HashSet.class).containsExactly("x");
        assertThat(decoded.navigable()).isInstanceOf(TreeSet.class).containsExactly(1L, 3L);
        assertThat(decoded.any()).containsExactly("z");
        assertThat(decoded.sortedMap()).isInstanceOf(java.util.TreeMap.class).containsExactly(
                Map.entry("a", 1), Map.entry("b", 2));
        assertThat(decoded.hashMap()).isInstanceOf(java.util.HashMap.class).containsExactly(Map.entry("k", "v"));
    }

    @TableTheoryModel(table = "t")
    record Session(@PartitionKey String id, @Ignore String token, @Ignore int hits,
            @Ttl OffsetDateTime expires, @Ttl @Attribute("zonedTtl") Optional<ZonedDateTime> unused) {
    }

    @TableTheoryModel(table = "t")
    record ZonedSession(@PartitionKey String id, @Ttl ZonedDateTime expires) {
    }

    @Test
    void storesZonedTtlAsEpochSecondsAndRejectsTwoTtlAttributes() {
        ItemCodec<ZonedSession> zoned = ItemCodecs.forClass(ZonedSession.class);
        ZonedDateTime expiry = ZonedDateTime.of(2030, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

        Map<String, AttributeValue> item = zoned.encode(new ZonedSession("S", expiry));

        assertThat(item.get("expires")).isEqualTo(AttributeValue.fromN(Long.toString(expiry.toEpochSecond())));
        assertThat(zoned.decode(item).expires().toInstant()).isEqualTo(expiry.toInstant());
        assertThatThrownBy(() -> ItemCodecs.forClass(Session.class)).isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("Session has two properties with @Ttl (expires and unused)");
    }

    @TableTheoryModel(table = "t")
    record CachedSession(@PartitionKey String id, @Ignore String token, @Ignore int hits,
            @Ttl OffsetDateTime expires) {
    }

    @Test
    void skipsIgnoredRecordComponents() {
        ItemCodec<CachedSession> codec = ItemCodecs.forClass(CachedSession.class);
        OffsetDateTime expiry = OffsetDateTime.parse("2030-01-01T00:00:00Z");

        Map<String, AttributeValue> item = codec.encode(new CachedSession("S", "secret", 3, expiry));
        CachedSession decoded = codec.decode(item);

        assertThat(item).containsOnlyKeys("id", "expires");
        assertThat(decoded).isEqualTo(new CachedSession("S", null, 0, expiry));
    }

    /** A mutable class with getters and setters. */
    @TableTheoryModel(table = "t", naming = NamingConvention.SNAKE_CASE)
    public static class Account {
        @PartitionKey
        private String accountId;
        private String ownerName;
        private int seats;
        private Optional<String> plan = Optional.empty();
        private transient String cache;
        @Ignore
        private String scratch;

        public String getAccountId() {
            return accountId;
        }

        public void setAccountId(String accountId) {
            this.accountId = accountId;
        }

        public String getOwnerName() {
            return ownerName;
        }

        public void setOwnerName(String ownerName) {
            this.ownerName = ownerName;
        }

        public int getSeats() {
            return seats;
        }

        public void setSeats(int seats) {
            this.seats = seats;
        }

        public Optional<String> getPlan() {
            return plan;
        }

        public void setPlan(Optional<String> plan) {
            this.plan = plan;
        }
    }

    @Test
    void mapsClassesThroughGettersAndSetters() {
        Account account = new Account();
        account.setAccountId("A1");
        account.setOwnerName("Grace");
        account.setSeats(5);
        account.setPlan(Optional.of("team"));
        account.cache = "not stored";
        account.scratch = "not stored either";
        ItemCodec<Account> codec = ItemCodecs.forClass(Account.class);

        Map<String, AttributeValue> item = codec.encode(account);
        Account decoded = codec.decode(item);

        assertThat(item).containsOnlyKeys("account_id", "owner_name", "seats", "plan");
        assertThat(decoded.getOwnerName()).isEqualTo("Grace");
        assertThat(decoded.getSeats()).isEqualTo(5);
        assertThat(decoded.getPlan()).contains("team");
        assertThat(decoded.cache).isNull();
        assertThat(codec.decode(Map.of("account_id", AttributeValue.fromS("A2"))).getPlan()).isEmpty();
    }

    /** A class mapped through its private fields (no accessors at all). */
    @TableTheoryModel(table = "t")
    static final class Ledger {
        @PartitionKey
        private String id;
        private long balance;
        private List<Entry> entries;

        private Ledger() {
        }
    }

    /** A nested class without annotations. */
    static final class Entry {
        private String memo;
        private BigDecimal amount;
    }

    @Test
    void mapsPrivateFieldsAndNestedClasses() {
        Ledger ledger = new Ledger();
        ledger.id = "L1";
        ledger.balance = -20;
        Entry entry = new Entry();
        entry.memo = "coffee";
        entry.amount = new BigDecimal("-3.5");
        ledger.entries = new ArrayList<>(List.of(entry));
        ItemCodec<Ledger> codec = ItemCodecs.forClass(Ledger.class);

        Map<String, AttributeValue> item = codec.encode(ledger);
        Ledger decoded = codec.decode(item);

        assertThat(item.get("entries").l().get(0).m()).containsEntry("memo", AttributeValue.fromS("coffee"))
                .containsEntry("amount", AttributeValue.fromN("-3.5"));
        assertThat(decoded).usingRecursiveComparison().isEqualTo(ledger);
    }

    /** Base class whose fields are mapped too. */
    abstract static class Audited {
        private String auditedBy;

        public String getAuditedBy() {
            return auditedBy;
        }

        public void setAuditedBy(String auditedBy) {
            this.auditedBy = auditedBy;
        }
    }

    /** A subclass with a boolean is-getter. */
    @TableTheoryModel(table = "t", naming = NamingConvention.SNAKE_CASE)
    public static final class Device extends Audited {
        @PartitionKey
        private String deviceId;
        private boolean online;
        private DeviceInfo deviceInfo;

        public boolean isOnline() {
            return online;
        }

        public void setOnline(boolean online) {
            this.online = online;
        }
    }

    record DeviceInfo(String modelName, @Attribute("fw") String firmwareVersion) {
    }

    @Test
    void mapsInheritedFieldsAndNestedTypesWithTheModelsNaming() {
        Device device = new Device();
        device.deviceId = "D1";
        device.setOnline(true);
        device.setAuditedBy("ops");
        device.deviceInfo = new DeviceInfo("X1", "1.2.3");
        ItemCodec<Device> codec = ItemCodecs.forClass(Device.class);

        Map<String, AttributeValue> item = codec.encode(device);

        assertThat(item).containsOnlyKeys("audited_by", "device_id", "online", "device_info");
        assertThat(item.get("device_info").m()).containsOnlyKeys("model_name", "fw");
        assertThat(codec.decode(item)).usingRecursiveComparison().isEqualTo(device);
    }

    record TreeNode(String label, List<TreeNode> children) {
    }

    @TableTheoryModel(table = "t")
    record Tree(@PartitionKey String id, TreeNode root) {
    }

    @Test
    void mapsRecursiveNestedRecords() {
        Tree tree = new Tree("T", new TreeNode("root", List.of(new TreeNode("leaf", List.of()))));
        ItemCodec<Tree> codec = ItemCodecs.forClass(Tree.class);

        Tree decoded = codec.decode(codec.encode(tree));

        assertThat(decoded).isEqualTo(tree);
    }

    /** Stores a temperature in tenths of a degree. */
    public static final class TenthsConverter implements AttributeConverter<Double> {
        @Override
        public DynamoType storedType() {
            return DynamoType.N;
        }

        @Override
        public AttributeValue write(Double value) {
            return AttributeValue.fromN(Long.toString(Math.round(value * 10)));
        }

        @Override
        public Double read(AttributeValue value) {
            return Long.parseLong(value.n()) / 10.0;
        }
    }

    /** A value type the engine does not know, mapped by a registered converter. */
    record Sku(String code) {
    }

    @TableTheoryModel(table = "t")
    record Reading(@PartitionKey String id, @Convert(TenthsConverter.class) double celsius, Sku sku) {
    }

    @Test
    void usesConvertersNamedByAnnotationOrRegisteredByType() {
        ItemCodecs.registerConverter(Sku.class, new AttributeConverter<Sku>() {
            @Override
            public DynamoType storedType() {
                return DynamoType.S;
            }

            @Override
            public AttributeValue write(Sku value) {
                return AttributeValue.fromS("SKU-" + value.code());
            }

            @Override
            public Sku read(AttributeValue value) {
                return new Sku(value.s().substring(4));
            }
        });
        ItemCodec<Reading> codec = ItemCodecs.forClass(Reading.class);

        Map<String, AttributeValue> item = codec.encode(new Reading("R", 21.5, new Sku("42")));

        assertThat(item.get("celsius")).isEqualTo(AttributeValue.fromN("215"));
        assertThat(item.get("sku")).isEqualTo(AttributeValue.fromS("SKU-42"));
        assertThat(codec.decode(item)).isEqualTo(new Reading("R", 21.5, new Sku("42")));
        assertThat(codec.schema().attribute("sku")).hasValueSatisfying(a ->
                assertThat(a.type()).isEqualTo(DynamoType.S));
    }

    @TableTheoryModel(table = "t")
    record Numbers(@PartitionKey String id, double ratio, BigDecimal amount, Set<Double> samples) {
    }

    @TableTheoryModel(table = "t")
    record AnyNumbers(@PartitionKey String id, Number single, Set<Number> many) {
    }

    @Test
    void storesPropertiesDeclaredAsNumberExactly() {
        ItemCodec<AnyNumbers> codec = ItemCodecs.forClass(AnyNumbers.class);

        Map<String, AttributeValue> item = codec.encode(new AnyNumbers("1", 2.5, Set.of(1, 9_007_199_254_740_993L)));
        AnyNumbers decoded = codec.decode(item);

        assertThat(codec.schema().attribute("many").map(a -> a.type())).contains(DynamoType.NS);
        assertThat(item.get("many").ns()).containsExactlyInAnyOrder("1", "9007199254740993");
        assertThat(decoded.single()).isEqualTo(new BigDecimal("2.5"));
        assertThat(decoded.many()).containsExactlyInAnyOrder(BigDecimal.ONE, new BigDecimal("9007199254740993"));
    }

    @Test
    void rejectsNumbersDynamoDbCannotStoreNamingModelAndField() {
        ItemCodec<Numbers> codec = ItemCodecs.forClass(Numbers.class);

        assertThatThrownBy(() -> codec.encode(new Numbers("1", Double.NaN, BigDecimal.ONE, Set.of())))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Numbers.ratio")
                .hasMessageContaining("NaN");
        BigDecimal tooPrecise = new BigDecimal("1234567890123456789012345678901234567.89");
        assertThatThrownBy(() -> codec.encode(new Numbers("1", 1, tooPrecise, Set.of()))).isInstanceOf(InvalidValueException.class).hasMessageContaining("Numbers.amount")
                .hasMessageContaining("38");
        assertThatThrownBy(() -> codec.encode(new Numbers("1", 1, new BigDecimal("1E+200"), Set.of())))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("range");
        assertThatThrownBy(() -> codec.encode(new Numbers("1", 1, BigDecimal.ONE,
                Set.of(Double.POSITIVE_INFINITY)))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Numbers.samples");
    }

    @Test
    void reportsStoredValuesOfTheWrongType() {
        ItemCodec<Numbers> codec = ItemCodecs.forClass(Numbers.class);

        assertThatThrownBy(() -> codec.decode(Map.of("id", AttributeValue.fromS("1"),
                "ratio", AttributeValue.fromS("high")))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("attribute 'ratio'")
                .hasMessageContaining("expected a stored N value but found S");
    }

    @Test
    void encodesSingleValuesForKeysAndConditions() {
        ItemCodec<Customer> codec = ItemCodecs.forClass(Customer.class);

        assertThat(codec.encodeValue("PK", "CUSTOMER#1")).isEqualTo(AttributeValue.fromS("CUSTOMER#1"));
        assertThat(codec.encodeValue("loginCount", 5)).isEqualTo(AttributeValue.fromN("5"));
        assertThat(codec.encodeValue("loginCount", "5")).isEqualTo(AttributeValue.fromN("5"));
        assertThat(codec.encodeValue("lifetimeCents", 5)).isEqualTo(AttributeValue.fromN("5"));
        assertThat(codec.encodeValue("createdAt", Instant.parse("2026-01-01T00:00:00Z")))
                .isEqualTo(AttributeValue.fromS("2026-01-01T00:00:00.000000000Z"));
        assertThat(codec.encodeValue("createdAt", "2026-01-01T00:00:00Z"))
                .isEqualTo(AttributeValue.fromS("2026-01-01T00:00:00Z"));
        assertThat(codec.encodeValue("expiresAt", Instant.ofEpochSecond(10))).isEqualTo(AttributeValue.fromN("10"));
        assertThat(codec.encodeValue("tier", Tier.FREE)).isEqualTo(AttributeValue.fromS("FREE"));
        assertThat(codec.encodeValue("nickname", "ada")).isEqualTo(AttributeValue.fromS("ada"));
        assertThat(codec.encodeValue("nickname", Optional.of("ada"))).isEqualTo(AttributeValue.fromS("ada"));
        assertThat(codec.encodeValue("tags", "vip")).isEqualTo(AttributeValue.fromS("vip"));
        assertThat(codec.encodeValue("luckyNumbers", 7)).isEqualTo(AttributeValue.fromN("7"));
        assertThat(codec.encodeValue("tags", Set.of("vip")).ss()).containsExactly("vip");
        assertThatThrownBy(() -> codec.encodeValue("unknown", "x")).isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("Customer has no attribute 'unknown'");
        assertThatThrownBy(() -> codec.encodeValue("loginCount", "many")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Customer.loginCount");
        assertThatThrownBy(() -> codec.encodeValue("birthday", 12)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Customer.birthday").hasMessageContaining("LocalDate");
    }

    @TableTheoryModel(table = "t")
    record Document(@PartitionKey String id, @Json Map<String, Object> body, Map<String, Object> untyped,
            @Json @OmitEmpty Optional<Preferences> preferences) {
    }

    @Test
    void roundTripsJsonAndUntypedDocuments() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "x");
        body.put("count", 9_007_199_254_740_993L);
        body.put("nested", Map.of("flag", false, "list", List.of(1, "two")));
        body.put("nothing", null);
        body.put("precise", new BigDecimal("0.12345678901234567"));
        ItemCodec<Document> codec = ItemCodecs.forClass(Document.class);
        Document original = new Document("D", body, Map.of("a", List.of(1L, "b", true)), Optional.empty());

        Map<String, AttributeValue> item = codec.encode(original);
        Document decoded = codec.decode(item);

        assertThat(item.get("body").m().get("nothing")).isEqualTo(AttributeValue.fromNul(true));
        assertThat(item).doesNotContainKey("preferences");
        assertThat(decoded.body()).containsEntry("count", 9_007_199_254_740_993L).containsEntry("name", "x")
                .containsEntry("precise", new BigDecimal("0.12345678901234567"));
        assertThat(decoded.untyped()).isEqualTo(Map.of("a", List.of(1L, "b", true)));
        assertThat(decoded.preferences()).isEmpty();
    }

    @TableTheoryModel(table = "t")
    record WithSets(@PartitionKey String id, Set<String> tags) {
    }

    @Test
    void rejectsNullSetElements() {
        Set<String> tags = new java.util.HashSet<>();
        tags.add(null);

        assertThatThrownBy(() -> ItemCodecs.forClass(WithSets.class).encode(new WithSets("1", tags)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("WithSets.tags")
                .hasMessageContaining("null");
    }

    @TableTheoryModel(table = "t")
    record Validated(@PartitionKey String id, String name) {
        Validated {
            java.util.Objects.requireNonNull(name, "name");
        }
    }

    @Test
    void reportsConstructorsRejectingPartialItems() {
        assertThatThrownBy(() -> ItemCodecs.forClass(Validated.class).decode(Map.of("id", AttributeValue.fromS("1"))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("constructor of Validated rejected");
    }

    @Test
    void writesDoublesInTheirShortestPlainForm() {
        ItemCodec<Numbers> codec = ItemCodecs.forClass(Numbers.class);

        assertThat(codec.encode(new Numbers("1", 12.0, BigDecimal.ONE, Set.of())).get("ratio").n()).isEqualTo("12");
        assertThat(codec.encode(new Numbers("1", 0.1, BigDecimal.ONE, Set.of())).get("ratio").n()).isEqualTo("0.1");
        assertThat(codec.encode(new Numbers("1", 1e-9, BigDecimal.ONE, Set.of())).get("ratio").n())
                .isEqualTo("0.000000001");
        assertThat(codec.encode(new Numbers("1", 1.5e20, BigDecimal.ONE, Set.of())).get("ratio").n())
                .isEqualTo("150000000000000000000");
    }

    @Test
    void roundTripsTheContractModels() {
        var order = new com.theorycloud.tabletheory.model.ContractModels.Order("ORDER#1", "META", "PAID", 250L,
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:01.5Z"), 0L,
                Instant.ofEpochSecond(1_900_000_000L));
        var codec = ItemCodecs.forClass(com.theorycloud.tabletheory.model.ContractModels.Order.class);

        Map<String, AttributeValue> item = codec.encode(order);

        assertThat(codec.decode(item)).isEqualTo(order);
        assertThat(item.get("updatedAt")).isEqualTo(AttributeValue.fromS("2026-01-01T00:00:01.500000000Z"));
        assertThat(item.get("ttl")).isEqualTo(AttributeValue.fromN("1900000000"));
        for (Class<?> model : com.theorycloud.tabletheory.model.ContractModels.class.getDeclaredClasses()) {
            if (model.isAnnotationPresent(TableTheoryModel.class)) {
                assertThat(ItemCodecs.forClass(model).schema().javaType()).isEqualTo(model);
            }
        }
    }

    /** Used by {@link #linksTheAccessorsOnceOnAFirstUseFromManyThreads} only, so its codec is first used there. */
    @TableTheoryModel(table = "first-use")
    record FirstUse(@PartitionKey String id, int count, long total, double ratio, boolean active, Instant at,
            Optional<String> note) {
    }

    /** The mutable counterpart of {@link FirstUse}, also used by that test only. */
    @TableTheoryModel(table = "first-use-bean")
    public static class FirstUseBean {
        @PartitionKey
        private String id;
        private int count;

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public int getCount() {
            return count;
        }

        public void setCount(int count) {
            this.count = count;
        }
    }

    @Test
    void linksTheAccessorsOnceOnAFirstUseFromManyThreads() throws Exception {
        // Compiling checks the model; the accessors are spun on the first encode or decode, which here races.
        ItemCodec<FirstUse> records = ItemCodecs.forClass(FirstUse.class);
        ItemCodec<FirstUseBean> beans = ItemCodecs.forClass(FirstUseBean.class);
        int threads = 8;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<List<Object>>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    start.await();
                    FirstUse item = new FirstUse("id-" + n, n, 10L * n, n / 4.0, n % 2 == 0,
                            Instant.ofEpochSecond(1_700_000_000L + n), n % 3 == 0 ? Optional.empty() : Optional.of("n" + n));
                    FirstUse decoded = n % 2 == 0 ? records.decode(records.encode(item))
                            : records.decode(Map.of("id", AttributeValue.fromS("id-" + n)));
                    FirstUseBean bean = new FirstUseBean();
                    bean.setId("bean-" + n);
                    bean.setCount(n);
                    Map<String, AttributeValue> stored = beans.encode(bean);
                    FirstUseBean read = beans.decode(stored);
                    return List.of(item, decoded, stored, read.getId(), read.getCount());
                }));
            }
            start.countDown();
            for (int i = 0; i < threads; i++) {
                List<Object> result = results.get(i).get(30, java.util.concurrent.TimeUnit.SECONDS);
                FirstUse item = (FirstUse) result.get(0);
                FirstUse expected = i % 2 == 0 ? item
                        : new FirstUse("id-" + i, 0, 0L, 0.0, false, null, Optional.empty());
                assertThat(result.get(1)).as("thread %d", i).isEqualTo(expected);
                assertThat(result.get(2)).as("thread %d", i).isEqualTo(Map.of("id", AttributeValue.fromS("bean-" + i),
                        "count", AttributeValue.fromN(Integer.toString(i))));
                assertThat(result.subList(3, 5)).as("thread %d", i).containsExactly("bean-" + i, i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void compilesEachModelOnce() {
        assertThat(ItemCodecs.forClass(Customer.class)).isSameAs(ItemCodecs.forClass(Customer.class));
        assertThat(ItemCodecs.forClass(Customer.class).schema().javaType()).isEqualTo(Customer.class);
    }
}
