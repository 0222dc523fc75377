package org.tagbench.core.internal.json;

import java.util.ArrayList;
import java.util.List;

import org.tagbench.core.internal.http.MalformedAnswerException;
import org.tagbench.core.model.ConfigItem;
import org.tagbench.core.model.AlarmMessage;
import org.tagbench.core.model.Archive;
import org.tagbench.core.model.ArchiveVariable;
import org.tagbench.core.model.ConnectionInfo;
import org.tagbench.core.model.StructureType;
import org.tagbench.core.model.StructureVariable;
import org.tagbench.core.model.TagConfig;
import org.tagbench.core.model.TagGroup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Maps configuration objects (tag management, tag logging, alarm logging). Their JSON shapes are not
 * public: the name is required, a few fields are typed, every other field is kept as a property.
 */
public final class ConfigReaders {

	private ConfigReaders() {
	}

	public static TagConfig tagConfig(ObjectNode o) throws MalformedAnswerException {
		return new TagConfig(name(o), Json.text(o, "dataType", "type"), Json.text(o, "connection"),
				Json.text(o, "group"), Json.text(o, "comment"),
				Json.rest(o, Json.names("name", "variableName", "dataType", "type", "connection", "group", "comment")));
	}

	public static TagGroup group(ObjectNode o) throws MalformedAnswerException {
		return new TagGroup(name(o), Json.text(o, "connection"), Json.rest(o, Json.names("name", "connection")));
	}

	public static ConnectionInfo connection(ObjectNode o) throws MalformedAnswerException {
		return new ConnectionInfo(name(o), Json.text(o, "driver", "unit"), Json.rest(o, Json.names("name", "driver")));
	}

	public static StructureType structureType(ObjectNode o) throws MalformedAnswerException {
		List<String> members = new ArrayList<>();
		JsonNode list = Json.firstField(o, "members", "elements");
		if (list != null && list.isArray()) {
			for (JsonNode member : list) {
				String memberName = member.isObject() ? Json.text(member, "name") : member.asText();
				if (memberName != null) {
					members.add(memberName);
				}
			}
		}
		return new StructureType(name(o), members, Json.rest(o, Json.names("name", "members", "elements")));
	}

	public static StructureVariable structureVariable(ObjectNode o) throws MalformedAnswerException {
		return new StructureVariable(name(o), Json.text(o, "type", "typeName", "structureType"),
				Json.rest(o, Json.names("name", "type", "typeName", "structureType")));
	}

	public static Archive archive(ObjectNode o) throws MalformedAnswerException {
		return new Archive(name(o), Json.text(o, "type", "archiveType"), Json.rest(o, Json.names("name", "type", "archiveType")));
	}

	public static ArchiveVariable archiveVariable(String archive, ObjectNode o) throws MalformedAnswerException {
		String owner = archive != null ? archive : Json.text(o, "archive", "archiveName");
		return new ArchiveVariable(owner, name(o), Json.text(o, "tag", "tagName", "variableName"),
				Json.rest(o, Json.names("name", "tag", "tagName", "variableName", "archive", "archiveName")));
	}

	public static ConfigItem configItem(ObjectNode o) throws MalformedAnswerException {
		String itemName = Json.text(o, "name", "number", "id");
		if (itemName == null) {
			throw new MalformedAnswerException("entry without name: " + Json.excerpt(o));
		}
		return new ConfigItem(itemName, Json.rest(o, Json.names("name")));
	}

	public static AlarmMessage alarmMessage(ObjectNode o) {
		String rawTime = Json.text(o, "timestamp", "timeStamp", "time", "lastCame");
		return new AlarmMessage(Json.number(o, "number", "messageNumber"), Json.text(o, "state", "status"),
				Timestamps.parse(rawTime), rawTime, Json.text(o, "text", "messageText"),
				Json.text(o, "messageClass", "class"), Json.number(o, "priority"),
				Json.rest(o, Json.names("number", "messageNumber", "state", "status", "timestamp", "timeStamp", "time", "lastCame", "text",
						"messageText", "messageClass", "class", "priority")));
	}

	private static String name(ObjectNode o) throws MalformedAnswerException {
		String value = Json.text(o, "name", "variableName");
		if (value == null) {
			throw new MalformedAnswerException("entry without name: " + Json.excerpt(o));
		}
		return value;
	}
}
