package com.cosell.backend.odata;

import static com.cosell.backend.odata.SampleCatalog.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrderByTest {

    @Test
    void translatesFieldsAndDirections() {
        assertThat(ODataQuery.orderBy("updatedDateTime desc, details/dealValue asc", REFERRALS))
                .isEqualTo("r.updated_at DESC, r.deal_value ASC");
        assertThat(ODataQuery.orderBy("name", REFERRALS)).isEqualTo("r.name ASC");
        assertThat(ODataQuery.orderBy("  status desc ,name  ", REFERRALS)).isEqualTo("r.status DESC, r.name ASC");
        assertThat(ODataQuery.orderBy("customerProfile/address/country", REFERRALS))
                .isEqualTo("(lower(r.customer_country)) ASC");
    }

    @Test
    void rejectsUnknownAndUnsortableFields() {
        assertThatThrownBy(() -> ODataQuery.orderBy("name, foo desc", REFERRALS))
                .isInstanceOf(ODataException.class)
                .hasMessageStartingWith("Unknown field 'foo' at position 7; sortable: name, status, details/dealValue");
        assertThatThrownBy(() -> ODataQuery.orderBy("isArchived", REFERRALS))
                .hasMessageStartingWith("Field 'isArchived' at position 1 cannot be sorted by; sortable:");
    }

    @Test
    void rejectsMalformedLists() {
        assertThatThrownBy(() -> ODataQuery.orderBy("name down", REFERRALS))
                .hasMessageContaining("Unexpected 'down' at position 6; expected asc, desc");
        assertThatThrownBy(() -> ODataQuery.orderBy("name,,status", REFERRALS))
                .hasMessageContaining("Expected a field to sort by at position 6 but found ','");
        assertThatThrownBy(() -> ODataQuery.orderBy("name,", REFERRALS)).hasMessageContaining("found end of input");
        assertThatThrownBy(() -> ODataQuery.orderBy("name DESC", REFERRALS)).hasMessageContaining("Unexpected 'DESC'");
        assertThatThrownBy(() -> ODataQuery.orderBy("name, name desc", REFERRALS))
                .hasMessageContaining("Field 'name' at position 7 is already in the order by");
        assertThatThrownBy(() -> ODataQuery.orderBy("name; DROP TABLE x", REFERRALS))
                .hasMessageContaining("Unexpected character ';'");
        assertThatThrownBy(() -> ODataQuery.orderBy(" ", REFERRALS)).hasMessage("Order by is empty");
    }
}
