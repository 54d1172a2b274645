package dev.vitae;

public final class Main {
    public static void main(String[] args) {
        System.out.println("Vitae");
    }
}
