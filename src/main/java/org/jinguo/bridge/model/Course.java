package org.jinguo.bridge.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import org.jinguo.platform.scope.UnitOwned;
import org.jinguo.vocabulary.ServiceLine;

/**
 * A course of the Bridge (培训课程): skills or start-up training, or a family-education course, run by a unit with a
 * trainer (one of the Bridge's providers), at a place, with a number of places and its sessions; perhaps arranged
 * for a community's order. Its roll is the {@link Enrolment}s, kept by the rules of {@link CourseRoll}.
 */
@Entity
@Table(name = "bridge_course")
public class Course extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bridge_course_ids")
    @TableGenerator(name = "bridge_course_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "bridge_course", allocationSize = 10)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "line", nullable = false, length = 32)
    private ServiceLine line;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24)
    private CourseKind kind;

    @Column(name = "title", nullable = false, length = 100)
    private String title;

    @Column(name = "description", length = 1000)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "trainer_id")
    private Provider trainer;

    @Column(name = "place", nullable = false, length = 200)
    private String place;

    @Column(name = "places", nullable = false)
    private int places;

    @Column(name = "self_enrol", nullable = false)
    private boolean selfEnrol;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private BridgeOrder order;

    @Column(name = "cancelled", nullable = false)
    private boolean cancelled;

    protected Course() {
    }

    public Course(CourseKind kind, String title, String place, int places) {
        this.kind = kind;
        this.line = kind.line();
        this.title = title;
        this.place = place;
        this.places = places;
    }

    @Override
    public Long getId() {
        return id;
    }

    public ServiceLine getLine() {
        return line;
    }

    public CourseKind getKind() {
        return kind;
    }

    public void setKind(CourseKind kind) {
        this.kind = kind;
        this.line = kind.line();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Provider getTrainer() {
        return trainer;
    }

    public void setTrainer(Provider trainer) {
        this.trainer = trainer;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public int getPlaces() {
        return places;
    }

    public void setPlaces(int places) {
        this.places = places;
    }

    public boolean isSelfEnrol() {
        return selfEnrol;
    }

    public void setSelfEnrol(boolean selfEnrol) {
        this.selfEnrol = selfEnrol;
    }

    public BridgeOrder getOrder() {
        return order;
    }

    public void setOrder(BridgeOrder order) {
        this.order = order;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void setCancelled(boolean cancelled) {
        this.cancelled = cancelled;
    }
}
