package com.theorycloud.tabletheory.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamingConventionTest {

    @ParameterizedTest
    @CsvSource({"Name,name", "CreatedAt,created_at", "displayName,display_name", "emailHash,email_hash",
            "ID,id", "UserID,user_id", "UUID,uuid", "URLValue,url_value", "HTTPCode,http_code",
            "HTTPSPort,https_port", "APIKey,api_key", "Value1,value1", "Field2A,field2a", "X,x", "lowercase,lowercase",
            "PK,pk", "SK,sk", "AccountID,account_id", "userId,user_id", "value2Go,value2go"})
    void convertsToSnakeCaseLikeUpstream(String property, String attribute) {
        assertThat(NamingConvention.SNAKE_CASE.attributeName(property)).isEqualTo(attribute);
    }

    @ParameterizedTest
    @CsvSource({"name,name", "createdAt,createdAt", "Name,name", "CreatedAt,createdAt", "URLValue,urlValue",
            "ID,id", "PK,PK", "SK,SK", "pk,pk", "x,x"})
    void keepsCamelCaseAndLowersLeadingCapitalsLikeUpstream(String property, String attribute) {
        assertThat(NamingConvention.CAMEL_CASE.attributeName(property)).isEqualTo(attribute);
    }
}
