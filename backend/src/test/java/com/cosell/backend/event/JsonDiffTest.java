package com.cosell.backend.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.api.event.Change;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class JsonDiffTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<Change> diff(String before, String after) {
        return JsonDiff.between(JSON.readTree(before), JSON.readTree(after), Set.of("updatedDateTime"));
    }

    @Test
    void recordsChangedLeavesByPath() {
        List<Change> changes = diff("""
                {"name":"A","details":{"dealValue":1,"notes":null},"team":[{"email":"a@x"}],"updatedDateTime":"t1"}""", """
                {"name":"A","details":{"dealValue":2,"notes":"hi"},"team":[{"email":"b@x"}],"updatedDateTime":"t2"}""");

        assertThat(changes).extracting(Change::path).containsExactly("/details/dealValue", "/details/notes", "/team");
        assertThat(changes.get(1).from()).isNull();
        assertThat(changes.get(1).to()).isEqualTo("hi");
    }

    @Test
    void aNullFieldAndAMissingOneAreNoChange() {
        assertThat(diff("""
                {"name":"A","expirationDateTime":null,"target":null,"details":{"notes":null}}""", """
                {"name":"A","details":{}}""")).isEmpty();
        assertThat(diff("""
                {"name":"A"}""", """
                {"name":"A","registrations":null}""")).isEmpty();
    }
}
