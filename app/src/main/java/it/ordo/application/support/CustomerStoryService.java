package it.ordo.application.support;

import java.util.List;

/** A customer's whole story on one list: orders, tickets, returns and e-mails, newest first. */
public interface CustomerStoryService {

    /** What the user may see of it: e-mails only for who may read the outbox. */
    List<StoryEvent> story(String customerCode);
}
