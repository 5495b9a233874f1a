package com.theorycloud.tabletheory.spring.boot.autoconfigure.client;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbServiceClientConfiguration;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CreateBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateBackupResponse;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalTableResponse;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteBackupResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteResourcePolicyRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteResourcePolicyResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeBackupResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeContinuousBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeContinuousBackupsResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeContributorInsightsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeContributorInsightsResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeEndpointsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeEndpointsResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeExportRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeExportResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeGlobalTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeGlobalTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeGlobalTableSettingsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeGlobalTableSettingsResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeImportRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeImportResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeKinesisStreamingDestinationRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeKinesisStreamingDestinationResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableReplicaAutoScalingRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableReplicaAutoScalingResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveResponse;
import software.amazon.awssdk.services.dynamodb.model.DisableKinesisStreamingDestinationRequest;
import software.amazon.awssdk.services.dynamodb.model.DisableKinesisStreamingDestinationResponse;
import software.amazon.awssdk.services.dynamodb.model.EnableKinesisStreamingDestinationRequest;
import software.amazon.awssdk.services.dynamodb.model.EnableKinesisStreamingDestinationResponse;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionResponse;
import software.amazon.awssdk.services.dynamodb.model.ExportTableToPointInTimeRequest;
import software.amazon.awssdk.services.dynamodb.model.ExportTableToPointInTimeResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetResourcePolicyRequest;
import software.amazon.awssdk.services.dynamodb.model.GetResourcePolicyResponse;
import software.amazon.awssdk.services.dynamodb.model.ImportTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ImportTableResponse;
import software.amazon.awssdk.services.dynamodb.model.ListBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListBackupsResponse;
import software.amazon.awssdk.services.dynamodb.model.ListContributorInsightsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListContributorInsightsResponse;
import software.amazon.awssdk.services.dynamodb.model.ListExportsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListExportsResponse;
import software.amazon.awssdk.services.dynamodb.model.ListGlobalTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.ListGlobalTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.ListImportsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListImportsResponse;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutResourcePolicyRequest;
import software.amazon.awssdk.services.dynamodb.model.PutResourcePolicyResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableFromBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableFromBackupResponse;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableToPointInTimeRequest;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableToPointInTimeResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.SearchVectorsRequest;
import software.amazon.awssdk.services.dynamodb.model.SearchVectorsResponse;
import software.amazon.awssdk.services.dynamodb.model.TagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.TagResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UntagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.UntagResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateContinuousBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateContinuousBackupsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateContributorInsightsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateContributorInsightsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateGlobalTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateGlobalTableResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateGlobalTableSettingsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateGlobalTableSettingsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateKinesisStreamingDestinationRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateKinesisStreamingDestinationResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableReplicaAutoScalingRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableReplicaAutoScalingResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveResponse;
import software.amazon.awssdk.services.dynamodb.paginators.BatchGetItemIterable;
import software.amazon.awssdk.services.dynamodb.paginators.ListContributorInsightsIterable;
import software.amazon.awssdk.services.dynamodb.paginators.ListExportsIterable;
import software.amazon.awssdk.services.dynamodb.paginators.ListImportsIterable;
import software.amazon.awssdk.services.dynamodb.paginators.ListTablesIterable;
import software.amazon.awssdk.services.dynamodb.paginators.QueryIterable;
import software.amazon.awssdk.services.dynamodb.paginators.ScanIterable;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * A {@link DynamoDbClient} that builds the real SDK client on its first call and hands every call to it. Building the
 * SDK client loads and initialises several hundred classes (HTTP client, endpoint rules, retry and signing
 * pipeline), about a quarter of a second on a small machine; an application that makes no DynamoDB call during
 * startup ({@code tabletheory.schema.mode=none}, no health check run) no longer pays that before it is ready, its
 * first call pays it instead. Every method of {@link DynamoDbClient} is overridden here (a test checks that no
 * method of a newer SDK is left to the interface's throwing default), and no reflection or proxy is involved, so
 * loading this class does not load the SDK's request and response classes either.
 */
final class LazyDynamoDbClient implements DynamoDbClient {

    private final Supplier<DynamoDbClient> factory;

    private final Object lock = new Object();

    private volatile @Nullable DynamoDbClient client;

    private boolean closed;

    LazyDynamoDbClient(Supplier<DynamoDbClient> factory) {
        this.factory = factory;
    }

    /** The SDK client, built on the first call; the same one afterwards. */
    DynamoDbClient client() {
        DynamoDbClient built = this.client;
        if (built != null) {
            return built;
        }
        synchronized (this.lock) {
            built = this.client;
            if (built == null) {
                if (this.closed) {
                    throw new IllegalStateException("The DynamoDB client was closed (its application context was"
                            + " closed) before it was used");
                }
                built = this.factory.get();
                this.client = built;
            }
            return built;
        }
    }

    /** Whether the SDK client has been built yet. */
    boolean isBuilt() {
        return this.client != null;
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    /** Closes the SDK client if it was built; a client never built is never built after this. */
    @Override
    public void close() {
        DynamoDbClient built;
        synchronized (this.lock) {
            this.closed = true;
            built = this.client;
        }
        if (built != null) {
            built.close();
        }
    }

    @Override
    public String toString() {
        DynamoDbClient built = this.client;
        return (built != null) ? built.toString() : "DynamoDbClient (not built yet: built on its first call)";
    }

    @Override
    public BatchExecuteStatementResponse batchExecuteStatement(BatchExecuteStatementRequest request) {
        return client().batchExecuteStatement(request);
    }

    @Override
    public BatchExecuteStatementResponse batchExecuteStatement(Consumer<BatchExecuteStatementRequest.Builder> request) {
        return client().batchExecuteStatement(request);
    }

    @Override
    public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
        return client().batchGetItem(request);
    }

    @Override
    public BatchGetItemResponse batchGetItem(Consumer<BatchGetItemRequest.Builder> request) {
        return client().batchGetItem(request);
    }

    @Override
    public BatchGetItemIterable batchGetItemPaginator(BatchGetItemRequest request) {
        return client().batchGetItemPaginator(request);
    }

    @Override
    public BatchGetItemIterable batchGetItemPaginator(Consumer<BatchGetItemRequest.Builder> request) {
        return client().batchGetItemPaginator(request);
    }

    @Override
    public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
        return client().batchWriteItem(request);
    }

    @Override
    public BatchWriteItemResponse batchWriteItem(Consumer<BatchWriteItemRequest.Builder> request) {
        return client().batchWriteItem(request);
    }

    @Override
    public CreateBackupResponse createBackup(CreateBackupRequest request) {
        return client().createBackup(request);
    }

    @Override
    public CreateBackupResponse createBackup(Consumer<CreateBackupRequest.Builder> request) {
        return client().createBackup(request);
    }

    @Override
    public CreateGlobalTableResponse createGlobalTable(CreateGlobalTableRequest request) {
        return client().createGlobalTable(request);
    }

    @Override
    public CreateGlobalTableResponse createGlobalTable(Consumer<CreateGlobalTableRequest.Builder> request) {
        return client().createGlobalTable(request);
    }

    @Override
    public CreateTableResponse createTable(CreateTableRequest request) {
        return client().createTable(request);
    }

    @Override
    public CreateTableResponse createTable(Consumer<CreateTableRequest.Builder> request) {
        return client().createTable(request);
    }

    @Override
    public DeleteBackupResponse deleteBackup(DeleteBackupRequest request) {
        return client().deleteBackup(request);
    }

    @Override
    public DeleteBackupResponse deleteBackup(Consumer<DeleteBackupRequest.Builder> request) {
        return client().deleteBackup(request);
    }

    @Override
    public DeleteItemResponse deleteItem(DeleteItemRequest request) {
        return client().deleteItem(request);
    }

    @Override
    public DeleteItemResponse deleteItem(Consumer<DeleteItemRequest.Builder> request) {
        return client().deleteItem(request);
    }

    @Override
    public DeleteResourcePolicyResponse deleteResourcePolicy(DeleteResourcePolicyRequest request) {
        return client().deleteResourcePolicy(request);
    }

    @Override
    public DeleteResourcePolicyResponse deleteResourcePolicy(Consumer<DeleteResourcePolicyRequest.Builder> request) {
        return client().deleteResourcePolicy(request);
    }

    @Override
    public DeleteTableResponse deleteTable(DeleteTableRequest request) {
        return client().deleteTable(request);
    }

    @Override
    public DeleteTableResponse deleteTable(Consumer<DeleteTableRequest.Builder> request) {
        return client().deleteTable(request);
    }

    @Override
    public DescribeBackupResponse describeBackup(DescribeBackupRequest request) {
        return client().describeBackup(request);
    }

    @Override
    public DescribeBackupResponse describeBackup(Consumer<DescribeBackupRequest.Builder> request) {
        return client().describeBackup(request);
    }

    @Override
    public DescribeContinuousBackupsResponse describeContinuousBackups(DescribeContinuousBackupsRequest request) {
        return client().describeContinuousBackups(request);
    }

    @Override
    public DescribeContinuousBackupsResponse describeContinuousBackups(Consumer<DescribeContinuousBackupsRequest.Builder> request) {
        return client().describeContinuousBackups(request);
    }

    @Override
    public DescribeContributorInsightsResponse describeContributorInsights(DescribeContributorInsightsRequest request) {
        return client().describeContributorInsights(request);
    }

    @Override
    public DescribeContributorInsightsResponse describeContributorInsights(Consumer<DescribeContributorInsightsRequest.Builder> request) {
        return client().describeContributorInsights(request);
    }

    @Override
    public DescribeEndpointsResponse describeEndpoints() {
        return client().describeEndpoints();
    }

    @Override
    public DescribeEndpointsResponse describeEndpoints(DescribeEndpointsRequest request) {
        return client().describeEndpoints(request);
    }

    @Override
    public DescribeEndpointsResponse describeEndpoints(Consumer<DescribeEndpointsRequest.Builder> request) {
        return client().describeEndpoints(request);
    }

    @Override
    public DescribeExportResponse describeExport(DescribeExportRequest request) {
        return client().describeExport(request);
    }

    @Override
    public DescribeExportResponse describeExport(Consumer<DescribeExportRequest.Builder> request) {
        return client().describeExport(request);
    }

    @Override
    public DescribeGlobalTableResponse describeGlobalTable(DescribeGlobalTableRequest request) {
        return client().describeGlobalTable(request);
    }

    @Override
    public DescribeGlobalTableResponse describeGlobalTable(Consumer<DescribeGlobalTableRequest.Builder> request) {
        return client().describeGlobalTable(request);
    }

    @Override
    public DescribeGlobalTableSettingsResponse describeGlobalTableSettings(DescribeGlobalTableSettingsRequest request) {
        return client().describeGlobalTableSettings(request);
    }

    @Override
    public DescribeGlobalTableSettingsResponse describeGlobalTableSettings(Consumer<DescribeGlobalTableSettingsRequest.Builder> request) {
        return client().describeGlobalTableSettings(request);
    }

    @Override
    public DescribeImportResponse describeImport(DescribeImportRequest request) {
        return client().describeImport(request);
    }

    @Override
    public DescribeImportResponse describeImport(Consumer<DescribeImportRequest.Builder> request) {
        return client().describeImport(request);
    }

    @Override
    public DescribeKinesisStreamingDestinationResponse describeKinesisStreamingDestination(DescribeKinesisStreamingDestinationRequest request) {
        return client().describeKinesisStreamingDestination(request);
    }

    @Override
    public DescribeKinesisStreamingDestinationResponse describeKinesisStreamingDestination(Consumer<DescribeKinesisStreamingDestinationRequest.Builder> request) {
        return client().describeKinesisStreamingDestination(request);
    }

    @Override
    public DescribeLimitsResponse describeLimits() {
        return client().describeLimits();
    }

    @Override
    public DescribeLimitsResponse describeLimits(DescribeLimitsRequest request) {
        return client().describeLimits(request);
    }

    @Override
    public DescribeLimitsResponse describeLimits(Consumer<DescribeLimitsRequest.Builder> request) {
        return client().describeLimits(request);
    }

    @Override
    public DescribeTableResponse describeTable(DescribeTableRequest request) {
        return client().describeTable(request);
    }

    @Override
    public DescribeTableResponse describeTable(Consumer<DescribeTableRequest.Builder> request) {
        return client().describeTable(request);
    }

    @Override
    public DescribeTableReplicaAutoScalingResponse describeTableReplicaAutoScaling(DescribeTableReplicaAutoScalingRequest request) {
        return client().describeTableReplicaAutoScaling(request);
    }

    @Override
    public DescribeTableReplicaAutoScalingResponse describeTableReplicaAutoScaling(Consumer<DescribeTableReplicaAutoScalingRequest.Builder> request) {
        return client().describeTableReplicaAutoScaling(request);
    }

    @Override
    public DescribeTimeToLiveResponse describeTimeToLive(DescribeTimeToLiveRequest request) {
        return client().describeTimeToLive(request);
    }

    @Override
    public DescribeTimeToLiveResponse describeTimeToLive(Consumer<DescribeTimeToLiveRequest.Builder> request) {
        return client().describeTimeToLive(request);
    }

    @Override
    public DisableKinesisStreamingDestinationResponse disableKinesisStreamingDestination(DisableKinesisStreamingDestinationRequest request) {
        return client().disableKinesisStreamingDestination(request);
    }

    @Override
    public DisableKinesisStreamingDestinationResponse disableKinesisStreamingDestination(Consumer<DisableKinesisStreamingDestinationRequest.Builder> request) {
        return client().disableKinesisStreamingDestination(request);
    }

    @Override
    public EnableKinesisStreamingDestinationResponse enableKinesisStreamingDestination(EnableKinesisStreamingDestinationRequest request) {
        return client().enableKinesisStreamingDestination(request);
    }

    @Override
    public EnableKinesisStreamingDestinationResponse enableKinesisStreamingDestination(Consumer<EnableKinesisStreamingDestinationRequest.Builder> request) {
        return client().enableKinesisStreamingDestination(request);
    }

    @Override
    public ExecuteStatementResponse executeStatement(ExecuteStatementRequest request) {
        return client().executeStatement(request);
    }

    @Override
    public ExecuteStatementResponse executeStatement(Consumer<ExecuteStatementRequest.Builder> request) {
        return client().executeStatement(request);
    }

    @Override
    public ExecuteTransactionResponse executeTransaction(ExecuteTransactionRequest request) {
        return client().executeTransaction(request);
    }

    @Override
    public ExecuteTransactionResponse executeTransaction(Consumer<ExecuteTransactionRequest.Builder> request) {
        return client().executeTransaction(request);
    }

    @Override
    public ExportTableToPointInTimeResponse exportTableToPointInTime(ExportTableToPointInTimeRequest request) {
        return client().exportTableToPointInTime(request);
    }

    @Override
    public ExportTableToPointInTimeResponse exportTableToPointInTime(Consumer<ExportTableToPointInTimeRequest.Builder> request) {
        return client().exportTableToPointInTime(request);
    }

    @Override
    public GetItemResponse getItem(GetItemRequest request) {
        return client().getItem(request);
    }

    @Override
    public GetItemResponse getItem(Consumer<GetItemRequest.Builder> request) {
        return client().getItem(request);
    }

    @Override
    public GetResourcePolicyResponse getResourcePolicy(GetResourcePolicyRequest request) {
        return client().getResourcePolicy(request);
    }

    @Override
    public GetResourcePolicyResponse getResourcePolicy(Consumer<GetResourcePolicyRequest.Builder> request) {
        return client().getResourcePolicy(request);
    }

    @Override
    public ImportTableResponse importTable(ImportTableRequest request) {
        return client().importTable(request);
    }

    @Override
    public ImportTableResponse importTable(Consumer<ImportTableRequest.Builder> request) {
        return client().importTable(request);
    }

    @Override
    public ListBackupsResponse listBackups() {
        return client().listBackups();
    }

    @Override
    public ListBackupsResponse listBackups(ListBackupsRequest request) {
        return client().listBackups(request);
    }

    @Override
    public ListBackupsResponse listBackups(Consumer<ListBackupsRequest.Builder> request) {
        return client().listBackups(request);
    }

    @Override
    public ListContributorInsightsResponse listContributorInsights(ListContributorInsightsRequest request) {
        return client().listContributorInsights(request);
    }

    @Override
    public ListContributorInsightsResponse listContributorInsights(Consumer<ListContributorInsightsRequest.Builder> request) {
        return client().listContributorInsights(request);
    }

    @Override
    public ListContributorInsightsIterable listContributorInsightsPaginator(ListContributorInsightsRequest request) {
        return client().listContributorInsightsPaginator(request);
    }

    @Override
    public ListContributorInsightsIterable listContributorInsightsPaginator(Consumer<ListContributorInsightsRequest.Builder> request) {
        return client().listContributorInsightsPaginator(request);
    }

    @Override
    public ListExportsResponse listExports(ListExportsRequest request) {
        return client().listExports(request);
    }

    @Override
    public ListExportsResponse listExports(Consumer<ListExportsRequest.Builder> request) {
        return client().listExports(request);
    }

    @Override
    public ListExportsIterable listExportsPaginator(ListExportsRequest request) {
        return client().listExportsPaginator(request);
    }

    @Override
    public ListExportsIterable listExportsPaginator(Consumer<ListExportsRequest.Builder> request) {
        return client().listExportsPaginator(request);
    }

    @Override
    public ListGlobalTablesResponse listGlobalTables() {
        return client().listGlobalTables();
    }

    @Override
    public ListGlobalTablesResponse listGlobalTables(ListGlobalTablesRequest request) {
        return client().listGlobalTables(request);
    }

    @Override
    public ListGlobalTablesResponse listGlobalTables(Consumer<ListGlobalTablesRequest.Builder> request) {
        return client().listGlobalTables(request);
    }

    @Override
    public ListImportsResponse listImports(ListImportsRequest request) {
        return client().listImports(request);
    }

    @Override
    public ListImportsResponse listImports(Consumer<ListImportsRequest.Builder> request) {
        return client().listImports(request);
    }

    @Override
    public ListImportsIterable listImportsPaginator(ListImportsRequest request) {
        return client().listImportsPaginator(request);
    }

    @Override
    public ListImportsIterable listImportsPaginator(Consumer<ListImportsRequest.Builder> request) {
        return client().listImportsPaginator(request);
    }

    @Override
    public ListTablesResponse listTables() {
        return client().listTables();
    }

    @Override
    public ListTablesResponse listTables(ListTablesRequest request) {
        return client().listTables(request);
    }

    @Override
    public ListTablesResponse listTables(Consumer<ListTablesRequest.Builder> request) {
        return client().listTables(request);
    }

    @Override
    public ListTablesIterable listTablesPaginator() {
        return client().listTablesPaginator();
    }

    @Override
    public ListTablesIterable listTablesPaginator(ListTablesRequest request) {
        return client().listTablesPaginator(request);
    }

    @Override
    public ListTablesIterable listTablesPaginator(Consumer<ListTablesRequest.Builder> request) {
        return client().listTablesPaginator(request);
    }

    @Override
    public ListTagsOfResourceResponse listTagsOfResource(ListTagsOfResourceRequest request) {
        return client().listTagsOfResource(request);
    }

    @Override
    public ListTagsOfResourceResponse listTagsOfResource(Consumer<ListTagsOfResourceRequest.Builder> request) {
        return client().listTagsOfResource(request);
    }

    @Override
    public PutItemResponse putItem(PutItemRequest request) {
        return client().putItem(request);
    }

    @Override
    public PutItemResponse putItem(Consumer<PutItemRequest.Builder> request) {
        return client().putItem(request);
    }

    @Override
    public PutResourcePolicyResponse putResourcePolicy(PutResourcePolicyRequest request) {
        return client().putResourcePolicy(request);
    }

    @Override
    public PutResourcePolicyResponse putResourcePolicy(Consumer<PutResourcePolicyRequest.Builder> request) {
        return client().putResourcePolicy(request);
    }

    @Override
    public QueryResponse query(QueryRequest request) {
        return client().query(request);
    }

    @Override
    public QueryResponse query(Consumer<QueryRequest.Builder> request) {
        return client().query(request);
    }

    @Override
    public QueryIterable queryPaginator(QueryRequest request) {
        return client().queryPaginator(request);
    }

    @Override
    public QueryIterable queryPaginator(Consumer<QueryRequest.Builder> request) {
        return client().queryPaginator(request);
    }

    @Override
    public RestoreTableFromBackupResponse restoreTableFromBackup(RestoreTableFromBackupRequest request) {
        return client().restoreTableFromBackup(request);
    }

    @Override
    public RestoreTableFromBackupResponse restoreTableFromBackup(Consumer<RestoreTableFromBackupRequest.Builder> request) {
        return client().restoreTableFromBackup(request);
    }

    @Override
    public RestoreTableToPointInTimeResponse restoreTableToPointInTime(RestoreTableToPointInTimeRequest request) {
        return client().restoreTableToPointInTime(request);
    }

    @Override
    public RestoreTableToPointInTimeResponse restoreTableToPointInTime(Consumer<RestoreTableToPointInTimeRequest.Builder> request) {
        return client().restoreTableToPointInTime(request);
    }

    @Override
    public ScanResponse scan(ScanRequest request) {
        return client().scan(request);
    }

    @Override
    public ScanResponse scan(Consumer<ScanRequest.Builder> request) {
        return client().scan(request);
    }

    @Override
    public ScanIterable scanPaginator(ScanRequest request) {
        return client().scanPaginator(request);
    }

    @Override
    public ScanIterable scanPaginator(Consumer<ScanRequest.Builder> request) {
        return client().scanPaginator(request);
    }

    @Override
    public SearchVectorsResponse searchVectors(SearchVectorsRequest request) {
        return client().searchVectors(request);
    }

    @Override
    public SearchVectorsResponse searchVectors(Consumer<SearchVectorsRequest.Builder> request) {
        return client().searchVectors(request);
    }


    @Override
    public DynamoDbServiceClientConfiguration serviceClientConfiguration() {
        return client().serviceClientConfiguration();
    }


    @Override
    public TagResourceResponse tagResource(TagResourceRequest request) {
        return client().tagResource(request);
    }

    @Override
    public TagResourceResponse tagResource(Consumer<TagResourceRequest.Builder> request) {
        return client().tagResource(request);
    }

    @Override
    public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
        return client().transactGetItems(request);
    }

    @Override
    public TransactGetItemsResponse transactGetItems(Consumer<TransactGetItemsRequest.Builder> request) {
        return client().transactGetItems(request);
    }

    @Override
    public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
        return client().transactWriteItems(request);
    }

    @Override
    public TransactWriteItemsResponse transactWriteItems(Consumer<TransactWriteItemsRequest.Builder> request) {
        return client().transactWriteItems(request);
    }

    @Override
    public UntagResourceResponse untagResource(UntagResourceRequest request) {
        return client().untagResource(request);
    }

    @Override
    public UntagResourceResponse untagResource(Consumer<UntagResourceRequest.Builder> request) {
        return client().untagResource(request);
    }

    @Override
    public UpdateContinuousBackupsResponse updateContinuousBackups(UpdateContinuousBackupsRequest request) {
        return client().updateContinuousBackups(request);
    }

    @Override
    public UpdateContinuousBackupsResponse updateContinuousBackups(Consumer<UpdateContinuousBackupsRequest.Builder> request) {
        return client().updateContinuousBackups(request);
    }

    @Override
    public UpdateContributorInsightsResponse updateContributorInsights(UpdateContributorInsightsRequest request) {
        return client().updateContributorInsights(request);
    }

    @Override
    public UpdateContributorInsightsResponse updateContributorInsights(Consumer<UpdateContributorInsightsRequest.Builder> request) {
        return client().updateContributorInsights(request);
    }

    @Override
    public UpdateGlobalTableResponse updateGlobalTable(UpdateGlobalTableRequest request) {
        return client().updateGlobalTable(request);
    }

    @Override
    public UpdateGlobalTableResponse updateGlobalTable(Consumer<UpdateGlobalTableRequest.Builder> request) {
        return client().updateGlobalTable(request);
    }

    @Override
    public UpdateGlobalTableSettingsResponse updateGlobalTableSettings(UpdateGlobalTableSettingsRequest request) {
        return client().updateGlobalTableSettings(request);
    }

    @Override
    public UpdateGlobalTableSettingsResponse updateGlobalTableSettings(Consumer<UpdateGlobalTableSettingsRequest.Builder> request) {
        return client().updateGlobalTableSettings(request);
    }

    @Override
    public UpdateItemResponse updateItem(UpdateItemRequest request) {
        return client().updateItem(request);
    }

    @Override
    public UpdateItemResponse updateItem(Consumer<UpdateItemRequest.Builder> request) {
        return client().updateItem(request);
    }

    @Override
    public UpdateKinesisStreamingDestinationResponse updateKinesisStreamingDestination(UpdateKinesisStreamingDestinationRequest request) {
        return client().updateKinesisStreamingDestination(request);
    }

    @Override
    public UpdateKinesisStreamingDestinationResponse updateKinesisStreamingDestination(Consumer<UpdateKinesisStreamingDestinationRequest.Builder> request) {
        return client().updateKinesisStreamingDestination(request);
    }

    @Override
    public UpdateTableResponse updateTable(UpdateTableRequest request) {
        return client().updateTable(request);
    }

    @Override
    public UpdateTableResponse updateTable(Consumer<UpdateTableRequest.Builder> request) {
        return client().updateTable(request);
    }

    @Override
    public UpdateTableReplicaAutoScalingResponse updateTableReplicaAutoScaling(UpdateTableReplicaAutoScalingRequest request) {
        return client().updateTableReplicaAutoScaling(request);
    }

    @Override
    public UpdateTableReplicaAutoScalingResponse updateTableReplicaAutoScaling(Consumer<UpdateTableReplicaAutoScalingRequest.Builder> request) {
        return client().updateTableReplicaAutoScaling(request);
    }

    @Override
    public UpdateTimeToLiveResponse updateTimeToLive(UpdateTimeToLiveRequest request) {
        return client().updateTimeToLive(request);
    }

    @Override
    public UpdateTimeToLiveResponse updateTimeToLive(Consumer<UpdateTimeToLiveRequest.Builder> request) {
        return client().updateTimeToLive(request);
    }

    @Override
    public DynamoDbWaiter waiter() {
        return client().waiter();
    }
}
