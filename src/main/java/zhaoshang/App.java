package zhaoshang;
public final class App { public static void main(String[] a) {} }
